import Foundation

/// Releases read back for the pages, by bundle digest. A release never changes under its
/// digest; the least recently used of more than `capacity` is dropped (a large module's
/// schema and sources take a few hundred megabytes).
final class ReleaseContentCache: @unchecked Sendable {
    private var entries: [String: ReleaseContent] = [:]
    private var order: [String] = []
    private let lock = NSLock()
    private let capacity: Int

    init(capacity: Int = 6) { self.capacity = capacity }

    func get(_ digest: String) -> ReleaseContent? {
        lock.withLock {
            guard let hit = entries[digest] else { return nil }
            if order.last != digest, let i = order.firstIndex(of: digest) {
                order.remove(at: i)
                order.append(digest)
            }
            return hit
        }
    }

    func put(_ digest: String, _ content: ReleaseContent) {
        lock.withLock {
            if entries[digest] == nil { order.append(digest) }
            entries[digest] = content
            while order.count > capacity { entries[order.removeFirst()] = nil }
        }
    }
}
