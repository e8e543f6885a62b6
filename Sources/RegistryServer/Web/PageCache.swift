import Dispatch
import Foundation
import NIOCore

/// Whole rendered pages by key, for `ttl` seconds and while the registry's change counter
/// (`RegistryService.generation`) has not moved, like `ExpiringCache`, with two differences that
/// keep slow renders (a large module's docs: megabytes of HTML) off the requests' path:
///
/// - A page that expired at the same generation is still answered (marked not fresh) while one
///   render replaces it in the background (only another replica's change can have made it
///   stale, and the time to live already allows for that lag; it grows by one render).
/// - Requests that miss the same page at the same generation wait for one render, instead of
///   each rendering it (after a publish, every connection would otherwise render at once).
///
/// Bounded by bytes; the least recently used go first. A `ttl` of zero turns the cache off.
final class PageCache: @unchecked Sendable {
    private struct Entry {
        var page: ByteBuffer
        var generation: UInt64
        var expires: UInt64
        var used: UInt64
    }

    private var entries: [String: Entry] = [:]
    /// Renders under way, by key and the generation they started at.
    private var renders: [String: Task<ByteBuffer, Error>] = [:]
    private var total = 0
    private var clock: UInt64 = 0
    private let lock = NSLock()
    private let ttl: UInt64
    let budget: Int
    /// Nanoseconds on a monotonic clock (a parameter so that tests can move time).
    private let now: @Sendable () -> UInt64

    init(ttl: Double, budget: Int = 512 << 20, now: @escaping @Sendable () -> UInt64 = { DispatchTime.now().uptimeNanoseconds }) {
        self.ttl = ttl > 0 ? UInt64(ttl * 1e9) : 0
        self.budget = budget
        self.now = now
    }

    private enum Lookup {
        case hit(ByteBuffer, fresh: Bool)
        case wait(Task<ByteBuffer, Error>)
    }

    /// The page under `key` at `generation`, else what `render` makes of it (kept); `fresh` is
    /// false when the page has expired and is answered while it is rendered again.
    func page(_ key: String, generation: UInt64,
              render: @escaping @Sendable () async throws -> ByteBuffer) async throws -> (page: ByteBuffer, fresh: Bool) {
        guard ttl > 0 else { return (try await render(), true) }
        let lookup: Lookup = lock.withLock {
            let t = now()
            if var entry = entries[key], entry.generation == generation {
                clock += 1
                entry.used = clock
                let expired = entry.expires <= t
                entries[key] = entry
                // Every request gets this page until the one render (`renders`) stores the next.
                if expired { _ = startRender(key, generation, render) }
                return .hit(entry.page, fresh: !expired)
            }
            return .wait(renders["\(generation) \(key)"] ?? startRender(key, generation, render))
        }
        switch lookup {
        case .hit(let page, let fresh): return (page, fresh)
        case .wait(let task): return (try await task.value, true)
        }
    }

    /// Starts a render that stores its page and forgets itself. Called with the lock held.
    private func startRender(_ key: String, _ generation: UInt64, _ render: @escaping @Sendable () async throws -> ByteBuffer) -> Task<ByteBuffer, Error> {
        let id = "\(generation) \(key)"
        if let running = renders[id] { return running }
        let task = Task<ByteBuffer, Error> { [self] in
            defer { lock.withLock { renders[id] = nil } }
            let page = try await render()
            store(key, page, generation: generation)
            return page
        }
        renders[id] = task
        return task
    }

    private func store(_ key: String, _ page: ByteBuffer, generation: UInt64) {
        let bytes = page.readableBytes
        lock.withLock {
            guard bytes <= budget else { return }
            if let old = entries[key] {
                // A render that started before a change must not replace what came after it.
                if old.generation > generation { return }
                total -= old.page.readableBytes
            }
            clock += 1
            entries[key] = Entry(page: page, generation: generation, expires: now() + ttl, used: clock)
            total += bytes
            if total > budget {
                for (key, entry) in entries.sorted(by: { $0.value.used < $1.value.used }) {
                    guard total > budget * 3 / 4 else { break }
                    entries[key] = nil
                    total -= entry.page.readableBytes
                }
            }
        }
    }

    /// Bytes held, for tests and metrics.
    var bytes: Int { lock.withLock { total } }
}
