import Foundation
import ProtoPackaging
import RegistryCore

/// The packument (package document) of one npm package as npm's registry writes it: the full
/// document (`application/json`) or the abbreviated one that `npm install` asks for
/// (`application/vnd.npm.install-v1+json`). Each version object is the tarball's own package.json
/// (in the abbreviated form only the fields installing needs) with `dist`: the tarball's URL, its
/// SHA-512 integrity and SHA-1 shasum. Yanked versions stay, marked `deprecated`, so pinned
/// installs and lockfiles keep working while npm picks other versions for a range.
enum NpmPackument {
    struct Entry {
        var record: VersionRecord
        /// The version as npm knows it: the module's version without build metadata.
        var npmVersion: String
        var facts: NpmTarballFacts
    }

    /// The fields of a version object in the abbreviated document.
    static let installFields: Set<String> = [
        "name", "version", "dependencies", "optionalDependencies", "devDependencies", "bundleDependencies",
        "peerDependencies", "peerDependenciesMeta", "bin", "directories", "engines", "cpu", "os", "funding",
        "hasInstallScript", "acceptDependencies",
    ]

    /// `name-protos-1.2.0.tgz`, the tarball's file name in npm's URL layout `/@owner/name-protos/-/FILE`.
    static func tarballFile(package: String, version: String) -> String {
        "\(package.split(separator: "/").last ?? "")-\(version).tgz"
    }

    /// The tag `latest`: the newest release that is not yanked, else the newest pre-release that
    /// is not, else (everything yanked) the newest version; npm wants a `latest` in every packument.
    static func latest(_ entries: [Entry]) -> Entry? {
        let sorted = entries.sorted { $0.record.version < $1.record.version }
        let live = sorted.filter { !$0.record.yanked }
        return live.last { !$0.record.version.isPrerelease } ?? live.last ?? sorted.last
    }

    static func document(package: String, entries: [Entry], origin: String, abbreviated: Bool) throws -> [String: Any] {
        let dates = ISO8601DateFormatter()
        dates.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        var versions: [String: Any] = [:]
        var time: [String: String] = [:]
        for entry in entries {
            var object = try entry.facts.manifest()
            if abbreviated { object = object.filter { installFields.contains($0.key) } } else { object["_id"] = "\(package)@\(entry.npmVersion)" }
            object["dist"] = [
                "tarball": "\(origin)/npm/\(package)/-/\(tarballFile(package: package, version: entry.npmVersion))",
                "integrity": entry.facts.integrity,
                "shasum": entry.facts.shasum,
                "fileCount": entry.facts.fileCount,
                "unpackedSize": entry.facts.unpackedSize,
            ] as [String: Any]
            object["_hasShrinkwrap"] = entry.facts.hasShrinkwrap
            if entry.record.yanked {
                object["deprecated"] = "\(entry.record.module)@\(entry.record.version) is yanked in this registry: use another version"
            }
            versions[entry.npmVersion] = object
            time[entry.npmVersion] = dates.string(from: entry.record.publishedAt)
        }
        let published = entries.map(\.record.publishedAt)
        let modified = published.max().map(dates.string) ?? ""
        var document: [String: Any] = ["name": package, "versions": versions, "modified": modified]
        if let latest = latest(entries) { document["dist-tags"] = ["latest": latest.npmVersion] }
        if !abbreviated {
            document["_id"] = package
            time["created"] = published.min().map(dates.string) ?? ""
            time["modified"] = modified
            document["time"] = time
            if let latest = latest(entries), let description = try latest.facts.manifest()["description"] {
                document["description"] = description
            }
        }
        return document
    }
}
