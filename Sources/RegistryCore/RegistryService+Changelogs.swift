import Foundation
import ProtoBundle
import ProtoChecks
import ProtoPackaging
import ProtoSchema
import ProtopkgBasics

/// Releases' changelogs: computed at publish against the version below and stored; computed on
/// demand between any two versions (and kept by the two bundles' digests).
extension RegistryService {
    /// The changelog a publish stores, against the version just below (any release line); nil
    /// when it cannot be computed, which must not refuse the publish (it is computed again when
    /// first read).
    func releaseChangelog(module: ModuleName, version: SemVer, bundle: BundleReader, schema: Schema,
                          below: PublishPolicy.Published?) -> StoredChangelog? {
        do {
            let changelog = try below.map {
                try ChangelogBuilder(breaking: bundle.manifest.breaking?.config ?? BreakingConfig(), configFile: "protopkg.json")
                    .build(module: module.description, previous: $0.schema,
                           previousRelease: .init(label: $0.version.description, version: $0.version),
                           current: schema, currentRelease: .init(label: version.description, version: version))
            } ?? .initial(module: module.description, current: .init(label: version.description, version: version))
            return StoredChangelog(version: version, against: below?.version, json: try JSONEncoder().encode(changelog))
        } catch {
            return nil
        }
    }

    /// A published release read back: manifest, schema and sources (kept by digest).
    public func content(of record: VersionRecord) async throws -> ReleaseContent {
        if let cached = contents.get(record.digest) { return cached }
        // (`await`: blob stores become asynchronous with PostgreSQL-held blobs.)
        guard let data = try await blobs.get(record.digest) else {
            throw RegistryError(500, "the bundle of \(record.module)@\(record.version) is missing from the blob store")
        }
        let content = try await Offload.run { () throws -> ReleaseContent in
            let bundle = try BundleReader(data, name: "\(record.module)@\(record.version)")
            return ReleaseContent(manifest: bundle.manifest, schema: try bundle.schema(), sources: bundle.sources)
        }
        contents.put(record.digest, content)
        return content
    }

    /// Each release's changelog against the version that was below it when it was published.
    /// Releases published before the registry stored changelogs get theirs computed now,
    /// against the version below them now, and stored.
    public func releaseChangelogs(_ module: ModuleName) async throws -> [SemVer: Changelog] {
        let versions = try await versions(module)
        var out: [SemVer: Changelog] = [:]
        for record in versions { if let cached = diffs.get("release:" + record.digest) { out[record.version] = cached } }
        if out.count == versions.count { return out }
        let stored = Dictionary(try await store.changelogs(of: module).map { ($0.version, $0) }, uniquingKeysWith: { a, _ in a })
        for (i, record) in versions.enumerated() {
            let key = "release:" + record.digest
            if let cached = diffs.get(key) {
                out[record.version] = cached
            } else if let s = stored[record.version], let decoded = try? JSONDecoder().decode(Changelog.self, from: s.json) {
                diffs.put(key, decoded)
                out[record.version] = decoded
            } else {
                let below = i > 0 ? versions[i - 1] : nil
                let changelog: Changelog
                if let below {
                    changelog = try await diff(from: below, to: record)
                } else {
                    changelog = .initial(module: module.description, current: .init(label: record.version.description, version: record.version))
                }
                try? await store.putChangelog(module, StoredChangelog(version: record.version, against: below?.version,
                                                                      json: try JSONEncoder().encode(changelog)))
                diffs.put(key, changelog)
                out[record.version] = changelog
            }
        }
        return out
    }

    /// The changelog from one published version to another (either order), with the breaking
    /// configuration of `to`.
    public func diff(from: VersionRecord, to: VersionRecord) async throws -> Changelog {
        let key = from.digest + "→" + to.digest
        if let cached = diffs.get(key) { return cached }
        let previous = try await content(of: from)
        let current = try await content(of: to)
        let changelog = try await Offload.run { () throws -> Changelog in
            try ChangelogBuilder(breaking: current.manifest.breaking?.config ?? BreakingConfig(), configFile: "protopkg.json")
                .build(module: to.module.description, previous: previous.schema,
                       previousRelease: .init(label: from.version.description, version: from.version),
                       current: current.schema, currentRelease: .init(label: to.version.description, version: to.version))
        }
        diffs.put(key, changelog)
        return changelog
    }
}
