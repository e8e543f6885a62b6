import Foundation
import ProtoPackaging
import RegistryCore

/// Which published versions carry which Go module: the Go module path (with its `/vN`) → the
/// versions whose `go` artifact declares it. Built from the version records; for bundles that
/// predate the recorded package names, the path is read from the zip's go.mod once per digest.
struct GoModuleIndex: Sendable {
    struct Entry: Sendable {
        let record: VersionRecord
        let artifact: ArtifactRecord
        /// `v1.2.0`: the version without build metadata, as go.mod and the zip's prefix write it.
        let goVersion: String
    }

    let modules: [String: [Entry]]

    static func build(service: RegistryService, blobs: BlobCache, paths: GoPathCache) async throws -> GoModuleIndex {
        var modules: [String: [Entry]] = [:]
        for module in try await service.modules() {
            for record in try await service.versions(module) {
                guard let zip = record.artifact("go") else { continue }
                let path: String?
                if let recorded = zip.packageName { path = recorded } else { path = try await paths.modulePath(of: zip, service: service, blobs: blobs) }
                guard let path else { continue }
                var version = record.version
                version.build = []
                modules[path, default: []].append(Entry(record: record, artifact: zip, goVersion: "v\(version)"))
            }
        }
        return GoModuleIndex(modules: modules)
    }

    /// The entry for `goVersion`, yanked or not: an exact version is always served.
    func entry(_ path: String, _ goVersion: String) -> Entry? {
        modules[path]?.first { $0.goVersion == goVersion }
    }

    /// What `@v/list` lists: every version that is not yanked, oldest first.
    func listed(_ path: String) -> [Entry] {
        (modules[path] ?? []).filter { !$0.record.yanked }.sorted { $0.record.version < $1.record.version }
    }

    /// What `@latest` answers: the newest release that is not yanked, else the newest pre-release.
    func latest(_ path: String) -> Entry? {
        let live = listed(path)
        return live.last { !$0.record.version.isPrerelease } ?? live.last
    }
}
