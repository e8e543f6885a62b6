import ArchiveKit
import Foundation
import ProtoPackaging
import RegistryCore

/// Finds the module behind a Swift package identity and the manifests inside a published source
/// archive. Identities are compared case-insensitively (§3.6); a module's identity is the one its
/// bundle recorded for the swift artifact (`ArtifactRecord.packageName`), so a module keeps the
/// identity it was published under.
struct SwiftPackageIndex {
    let support: RouteSupport
    /// The manifests of a source archive (file name → contents), by the archive's digest.
    let manifests = SwiftManifestCache()
    var service: RegistryService { support.service }

    /// Lower-cased `scope.name` → module, for every module with a swift artifact.
    func modulesByIdentity() async throws -> [String: (module: ModuleName, identity: String)] {
        var out: [String: (module: ModuleName, identity: String)] = [:]
        for module in try await service.modules() {
            let records = try await service.versions(module)
            guard let artifact = records.reversed().lazy.compactMap({ $0.artifact("swift") }).first else { continue }
            guard let identity = artifact.packageName ?? (try? module.swiftPackageIdentity()) else { continue }
            out[identity.lowercased()] = (module, identity)
        }
        return out
    }

    /// The module published as `scope.name`, or a 404.
    func module(scope: String, name: String) async throws -> (module: ModuleName, identity: String) {
        guard let found = try await modulesByIdentity()["\(scope).\(name)".lowercased()] else {
            throw RegistryError.notFound("no package \(scope).\(name)")
        }
        return found
    }

    /// The release's record and swift artifact, or a 404.
    func release(_ module: ModuleName, _ versionText: String) async throws -> (VersionRecord, ArtifactRecord) {
        guard let version = try? SemVer(versionText) else { throw RegistryError.notFound("no release \(versionText)") }
        let record = try await service.version(module, version)
        guard let artifact = record.artifact("swift") else {
            throw RegistryError.notFound("release \(versionText) of \(module) has no Swift package")
        }
        return (record, artifact)
    }

    /// `Package.swift` and any `Package@swift-X.Y.swift` at the root of the archive's one
    /// top-level directory.
    func manifests(of artifact: ArtifactRecord) async throws -> [String: Data] {
        if let cached = manifests.get(artifact.digest) { return cached }
        guard let buffer = try await support.blobs.buffer(artifact.digest, store: service.blobs) else {
            throw RegistryError.notFound("the source archive \(artifact.fileName) is missing from the blob store")
        }
        var out: [String: Data] = [:]
        for entry in try ArchiveReader.read(Data(buffer: buffer), name: artifact.fileName) {
            let parts = entry.path.split(separator: "/")
            guard parts.count == 2, Self.isManifest(parts[1]) else { continue }
            out[String(parts[1])] = entry.data
        }
        guard out["Package.swift"] != nil else {
            throw RegistryError.notFound("the source archive \(artifact.fileName) has no Package.swift")
        }
        manifests.put(artifact.digest, out)
        return out
    }

    /// `Package.swift`, or a version-specific manifest (§4.3: `Package@swift-5.swift`, `-5.9`, `-5.9.1`).
    static func isManifest(_ name: Substring) -> Bool {
        name == "Package.swift" || name.range(of: #"^Package@swift-\d+(\.\d+){0,2}\.swift$"#, options: .regularExpression) != nil
    }

    /// The tools version a manifest declares on its first line (`// swift-tools-version:5.9`).
    static func toolsVersion(_ manifest: Data) -> String? {
        guard let line = String(decoding: manifest.prefix(200), as: UTF8.self).split(separator: "\n").first,
              let colon = line.firstIndex(of: ":"), line.lowercased().contains("swift-tools-version") else { return nil }
        let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        return value.split(separator: ";").first.map(String.init)
    }
}
