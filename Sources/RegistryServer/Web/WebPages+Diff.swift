import Foundation
import ProtoChecks
import ProtoPackaging
import RegistryCore

extension WebPages {
    /// `/OWNER/NAME/diff/FROM...TO`: the semantic changelog between two versions — breaking
    /// changes with rule ID and file:line on both sides, additions, other changes, the bump the
    /// changes require and whether the two version numbers honour it.
    func diffPage(_ module: ModuleName, from fromText: String, to toText: String) async throws -> (body: String, title: String) {
        let versions = try await service.versions(module)
        func pick(_ text: String) throws -> VersionRecord {
            if text == "latest", let newest = versions.last(where: { !$0.yanked }) { return newest }
            guard let v = try? SemVer(text), let r = versions.first(where: { $0.version == v }) else {
                throw RegistryError.notFound("\(module) has no version \(text)")
            }
            return r
        }
        let from = try pick(fromText), to = try pick(toText)
        let stored = try await service.releaseChangelogs(module)[to.version]
        let changelog = stored?.previous?.version == from.version ? stored! : try await service.diff(from: from, to: to)
        let fromDocs = try await docs(for: from), toDocs = try await docs(for: to)
        var c: [String: Any] = ["module": module.description, "moduleHref": "/\(module)",
                                "from": from.version.description, "to": to.version.description,
                                "fromHref": "/\(module)/\(from.version)", "toHref": "/\(module)/\(to.version)",
                                "verdict": changelog.verdict, "required": changelog.required.rawValue,
                                "pickerAction": "/\(module)/diff"]
        if let made = changelog.made { c["made"] = made.rawValue }
        switch changelog.honoured {
        case true?: c["honoured"] = "yes: \(to.version) is at least \(changelog.lowestHonouring.map { "\($0)" } ?? "")"; c["verdictClass"] = "good"
        case false?: c["honoured"] = "no: \(changelog.required.rawValue) bump needed, \(changelog.lowestHonouring.map { "\($0)" } ?? "") or higher"; c["verdictClass"] = "bad"
        case nil: c["honoured"] = to.version < from.version ? "not applicable (\(to.version) is older than \(from.version))" : "not applicable"
        }
        func table(_ entries: [ChangelogEntry], id: String, caption: String) -> [String: Any] {
            ["id": id, "caption": caption, "items": entries.map { row($0, module: module, from: from, to: to, fromDocs: fromDocs, toDocs: toDocs) }]
        }
        c["hasBreaking"] = !changelog.breaking.isEmpty
        c["breakingCount"] = changelog.breaking.count
        c["breakingTable"] = table(changelog.breaking, id: "breaking-changes", caption: "Breaking changes")
        c["hasAdditions"] = !changelog.additions.isEmpty
        c["additionsCount"] = changelog.additions.count
        c["additionsTable"] = table(changelog.additions, id: "addition-list", caption: "Additions")
        c["hasChanges"] = !changelog.changes.isEmpty
        c["changesCount"] = changelog.changes.count
        c["changesTable"] = table(changelog.changes, id: "other-changes", caption: "Other changes")
        c["hasAny"] = !changelog.entries.isEmpty
        c["identical"] = from.digest == to.digest
        c["choices"] = Self.choices(versions.map(\.version).reversed(), from: from.version, to: to.version)
        return (PageTemplates.render("diff", c), "\(module) \(from.version)…\(to.version)")
    }

    /// One changelog entry as a table row: its places link to the lines of the two versions'
    /// source files, and the element to its docs.
    func row(_ e: ChangelogEntry, module: ModuleName, from: VersionRecord, to: VersionRecord,
             fromDocs: DocsPage, toDocs: DocsPage) -> [String: Any] {
        var r: [String: Any] = ["rule": e.rule, "message": e.message]
        if let p = e.previous {
            r["previousHref"] = fromDocs.sourceHref(p.path, line: p.line)
            r["previousLabel"] = "\(p.path):\(p.line)"
        }
        if let p = e.current {
            r["currentHref"] = toDocs.sourceHref(p.path, line: p.line)
            r["currentLabel"] = "\(p.path):\(p.line)"
        }
        if let name = e.element {
            // A deleted element is documented in the older version only.
            let deleted = e.rule.contains("NO_DELETE") || e.rule == "DELETION"
            let docs = deleted ? fromDocs : toDocs
            if let package = Self.package(of: name, in: docs) {
                r["elementHref"] = docs.absoluteHref(name, package: package)
                r["element"] = name
            }
        }
        return r
    }

    /// The package of the element named, if the release documents it (also fields and RPCs,
    /// through their parent).
    static func package(of name: String, in docs: DocsPage) -> String? {
        let schema = docs.content.schema
        var candidate = name
        while true {
            if let file = schema.messagesByName[candidate]?.file ?? schema.enumsByName[candidate]?.file
                ?? schema.servicesByName[candidate]?.file, file.isTarget {
                return file.package
            }
            guard let dot = candidate.lastIndex(of: ".") else { return nil }
            candidate = String(candidate[..<dot])
        }
    }
}
