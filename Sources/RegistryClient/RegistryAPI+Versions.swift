import Foundation
import ProtoPackaging
import ProtopkgBasics

extension RegistryAPI {
    /// Every published version of a module, yanked ones included (marked), oldest first.
    public func publishedVersions(_ module: ModuleName) throws -> [PublishedVersion] {
        let answer = try send("GET", modulePath(module) + "/versions")
        if answer.status == 404 {
            throw ProtopkgError("\(module) is not in the registry \(baseURL)",
                                hint: "check the name; a module appears there when `protopkg publish` first puts a version of it")
        }
        _ = try expect(answer, [200], doing: "listing the versions of \(module)")
        guard let list = answer.json["versions"] as? [[String: Any]] else {
            throw ProtopkgError("the registry \(baseURL) answered without a list of versions of \(module)")
        }
        return try list.map { try PublishedVersion(json: $0, module: module, registry: baseURL) }.sorted { $0.version < $1.version }
    }

    public func publishedVersion(_ module: ModuleName, _ version: SemVer) throws -> PublishedVersion {
        let answer = try send("GET", modulePath(module) + "/versions/\(version)")
        if answer.status == 404 {
            throw ProtopkgError("the registry \(baseURL) has no version \(version) of \(module): \(answer.error)",
                                hint: "`protopkg info \(module)` lists the published versions")
        }
        return try PublishedVersion(json: try expect(answer, [200], doing: "reading \(module)@\(version)").json,
                                    module: module, registry: baseURL)
    }

    /// The bundle of a published version from the local cache, else downloaded, checked against
    /// the registry's digest and then cached. The cache only ever returns bytes with that digest.
    public func bundle(_ record: PublishedVersion, cache: DownloadCache) throws -> Data {
        if let data = cache.get(record.sha256) { return data }
        if let artifact = record.artifacts.first(where: { $0.kind == "bundle" }), artifact.sha256 != record.sha256 {
            throw ProtopkgError("the registry \(baseURL) records two digests for the bundle of \(record.module)@\(record.version)",
                                hint: "the registry's data is inconsistent; tell its operator")
        }
        let data = try download(record.module, record.version, kind: "bundle", digest: record.sha256)
        // The cache only saves a later download: failing to write it is no reason to fail.
        _ = try? cache.put(data)
        return data
    }
}
