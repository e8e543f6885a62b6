import Foundation
import ProtoChecks

/// Changelogs between two releases, by the two bundles' digests: both are immutable, so an
/// entry never goes stale. Bounded; emptied when full.
final class ChangelogCache: @unchecked Sendable {
    private var entries: [String: Changelog] = [:]
    private let lock = NSLock()
    private let capacity = 512

    func get(_ key: String) -> Changelog? { lock.withLock { entries[key] } }

    func put(_ key: String, _ changelog: Changelog) {
        lock.withLock {
            if entries.count >= capacity { entries.removeAll() }
            entries[key] = changelog
        }
    }
}
