import Foundation
import Hummingbird
import ProtoChecks
import ProtoPackaging
import RegistryClient
import RegistryCore

extension WebPages {
    /// `/OWNER/NAME`: versions (dates, yanked marks, each release's bump and what changed),
    /// install lines of the newest version for every package manager it builds for,
    /// dependencies and dependents.
    func modulePage(_ module: ModuleName, _ request: Request, token: TokenRecord?) async throws -> (body: String, title: String) {
        let versions = try await service.versions(module)
        let changelogs = try await service.releaseChangelogs(module)
        let newest = versions.last { !$0.yanked }
        var c: [String: Any] = ["name": module.description]
        if let newest {
            c["latest"] = newest.version.description
            c["latestHref"] = "/\(module)/\(newest.version)"
            c["latestDate"] = Self.day(newest.publishedAt)
            c["latestISO"] = Self.iso(newest.publishedAt)
            c["installVersion"] = newest.version.description
            let install = installLines(newest, registry: baseURL(request))
            c["install"] = install
            c["hasInstall"] = !install.isEmpty
        }
        c["versions"] = versions.reversed().map { record -> [String: Any] in
            var row: [String: Any] = ["version": record.version.description, "href": "/\(module)/\(record.version)",
                                      "date": Self.day(record.publishedAt), "iso": Self.iso(record.publishedAt)]
            if record.yanked { row["yanked"] = true }
            if let changelog = changelogs[record.version] {
                row["impact"] = Self.impact(changelog)
                if let made = changelog.made { row["bump"] = made.rawValue }
                if changelog.honoured == false {
                    row["dishonoured"] = true
                    row["required"] = changelog.required.rawValue
                }
                if let against = changelog.previous?.version {
                    row["against"] = against.description
                    row["diffHref"] = "/\(module)/diff/\(against)...\(record.version)"
                }
            } else {
                row["impact"] = "not computed"
            }
            return row
        }
        if versions.count > 1 {
            c["pickable"] = true
            c["diffAction"] = "/\(module)/diff"
            c["choices"] = Self.choices(versions.map(\.version).reversed(), from: versions[versions.count - 2].version,
                                        to: versions[versions.count - 1].version)
        }
        var deps: [[String: Any]] = []
        if let newest {
            for (name, range) in try await dependencies.deps(of: newest, service: service).sorted(by: { $0.key < $1.key }) {
                var row: [String: Any] = ["name": name, "range": range]
                if let dep = try? ModuleName(name), service.mayRead(token, dep), try await service.modules().contains(dep) {
                    row["href"] = "/\(dep)"
                }
                deps.append(row)
            }
        }
        c["deps"] = deps
        c["hasDeps"] = !deps.isEmpty
        let dependents = try await dependents(of: module, token: token)
        c["dependents"] = dependents
        c["hasDependents"] = !dependents.isEmpty
        return (PageTemplates.render("module", c), module.description)
    }

    /// The install lines of a version, as `protopkg info` prints them.
    func installLines(_ record: VersionRecord, registry: String) -> [[String: Any]] {
        let published = PublishedVersion(
            module: record.module, version: record.version, sha256: record.digest, yanked: record.yanked,
            artifacts: record.artifacts.map {
                PublishedVersion.Artifact(kind: $0.kind, fileName: $0.fileName, digest: $0.digest, size: $0.size, packageName: $0.packageName)
            })
        let labels = ["pip": "Python (pip)", "go": "Go", "npm": "Node (npm)", "swift": "Swift (SwiftPM)", "protopkg": "protopkg"]
        return InstallCommands.lines(for: published, registry: registry).map {
            ["tool": $0.tool, "label": labels[$0.tool] ?? $0.tool, "command": $0.command]
        }
    }

    /// The modules whose newest version declares a dependency on `module`.
    func dependents(of module: ModuleName, token: TokenRecord?) async throws -> [[String: Any]] {
        var out: [[String: Any]] = []
        for other in try await service.modules() where other != module && service.mayRead(token, other) {
            guard let newest = try await service.versions(other).last(where: { !$0.yanked }) else { continue }
            if let range = try await dependencies.deps(of: newest, service: service)[module.description] {
                out.append(["name": other.description, "href": "/\(other)", "version": newest.version.description, "range": range])
            }
        }
        return out
    }

    /// What a release changed, in a few words.
    static func impact(_ c: Changelog) -> String {
        if c.isInitial { return "first release" }
        var parts: [String] = []
        func count(_ n: Int, _ one: String, _ many: String) { if n > 0 { parts.append("\(n) \(n == 1 ? one : many)") } }
        count(c.breaking.count, "breaking change", "breaking changes")
        count(c.additions.count, "addition", "additions")
        count(c.changes.count, "other change", "other changes")
        return parts.isEmpty ? "no change" : parts.joined(separator: ", ")
    }

    static func choices(_ versions: [SemVer], from: SemVer, to: SemVer) -> [[String: Any]] {
        versions.map { v in ["v": v.description, "selectedFrom": v == from, "selectedTo": v == to] }
    }
}
