import Foundation
import ProtoSchema

/// Schemas of published bundles by digest: bundles are immutable, so an entry never goes stale.
/// Bounded so a registry with many versions keeps its memory in check.
final class SchemaCache: @unchecked Sendable {
    private var entries: [String: Schema] = [:]
    private var order: [String] = []
    private let lock = NSLock()
    private let capacity = 64

    func get(_ digest: String) -> Schema? { lock.withLock { entries[digest] } }

    func put(_ digest: String, _ schema: Schema) {
        lock.withLock {
            if entries[digest] == nil { order.append(digest) }
            entries[digest] = schema
            if order.count > capacity { entries[order.removeFirst()] = nil }
        }
    }
}
