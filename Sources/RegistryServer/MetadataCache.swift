import Foundation

/// Wheels' METADATA files by the wheel's digest (they never change); bounded, emptied when full.
final class MetadataCache: @unchecked Sendable {
    private var entries: [String: Data] = [:]
    private let lock = NSLock()
    private let capacity = 1024

    func get(_ digest: String) -> Data? { lock.withLock { entries[digest] } }

    func put(_ digest: String, _ data: Data) {
        lock.withLock {
            if entries.count >= capacity { entries.removeAll() }
            entries[digest] = data
        }
    }
}
