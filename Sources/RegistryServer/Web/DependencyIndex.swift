import Foundation
import RegistryCore

/// The declared dependencies (module → range) of published releases, by bundle digest: what
/// the module pages list as dependencies and dependents. Filled at publish; for releases
/// published before this process started, read from the bundle once.
final class DependencyIndex: @unchecked Sendable {
    private var entries: [String: [String: String]] = [:]
    private let lock = NSLock()

    func put(_ digest: String, _ deps: [String: String]) { lock.withLock { entries[digest] = deps } }

    func deps(of record: VersionRecord, service: RegistryService) async throws -> [String: String] {
        if let known = lock.withLock({ entries[record.digest] }) { return known }
        let deps = try await service.content(of: record).manifest.deps
        put(record.digest, deps)
        return deps
    }
}
