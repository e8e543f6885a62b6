import Foundation

/// Rendered parts of pages that never change: a package's docs and a source file's HTML by
/// the release's digest. Bounded by bytes; the least recently used go first.
final class FragmentCache: @unchecked Sendable {
    private var entries: [String: (text: String, bytes: Int, used: UInt64)] = [:]
    private var total = 0
    private var clock: UInt64 = 0
    private let lock = NSLock()
    let budget: Int

    init(budget: Int = 256 << 20) { self.budget = budget }

    func get(_ key: String) -> String? {
        lock.withLock {
            guard var entry = entries[key] else { return nil }
            clock += 1
            entry.used = clock
            entries[key] = entry
            return entry.text
        }
    }

    func put(_ key: String, _ text: String) {
        let bytes = text.utf8.count
        lock.withLock {
            guard bytes <= budget else { return }
            if let old = entries[key] { total -= old.bytes }
            clock += 1
            entries[key] = (text, bytes, clock)
            total += bytes
            if total > budget {
                // Drop the least recently used until a quarter of the budget is free.
                for (key, entry) in entries.sorted(by: { $0.value.used < $1.value.used }) {
                    guard total > budget * 3 / 4 else { break }
                    entries[key] = nil
                    total -= entry.bytes
                }
            }
        }
    }

    func contains(_ key: String) -> Bool { lock.withLock { entries[key] != nil } }
}
