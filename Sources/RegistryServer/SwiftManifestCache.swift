import Foundation

/// Manifests by archive digest; archives never change, so neither do they. Bounded.
final class SwiftManifestCache: @unchecked Sendable {
    private var entries: [String: [String: Data]] = [:]
    private let lock = NSLock()

    func get(_ digest: String) -> [String: Data]? { lock.withLock { entries[digest] } }

    func put(_ digest: String, _ manifests: [String: Data]) {
        lock.withLock {
            if entries.count >= 1024 { entries.removeAll() }
            entries[digest] = manifests
        }
    }
}
