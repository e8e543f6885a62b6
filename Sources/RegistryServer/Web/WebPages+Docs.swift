import Foundation
import Hummingbird
import ProtoPackaging
import ProtoSchema
import RegistryCore

extension WebPages {
    /// A published version by the text of the URL (an exact version; `latest` was redirected).
    func record(_ module: ModuleName, _ text: String) async throws -> VersionRecord {
        guard let version = try? SemVer(text) else { throw RegistryError.notFound("\(text) is not a version") }
        return try await service.version(module, version)
    }

    /// The docs of a release, with links to the types of its dependencies (their newest
    /// version that satisfies the declared range when first asked) and to the well-known types'
    /// reference. Kept by digest, like the package sections rendered from it, so that the pages
    /// of one release link to the same versions of its dependencies.
    func docs(for record: VersionRecord) async throws -> DocsPage {
        if let kept = keptDocs(record.digest) { return kept }
        let docs = try await makeDocs(for: record)
        keepDocs(record.digest, docs)
        return docs
    }

    private func makeDocs(for record: VersionRecord) async throws -> DocsPage {
        let content = try await service.content(of: record)
        var external: [String: String] = [:]
        for (name, range) in content.manifest.deps {
            guard let module = try? ModuleName(name), let parsed = try? VersionRange(range),
                  let dep = try? await service.resolve(module, parsed), let depContent = try? await service.content(of: dep) else { continue }
            let depDocs = DocsPage(record: dep, content: depContent, external: { _ in nil })
            for file in depContent.schema.files {
                for m in file.allMessages { external[m.fullName] = depDocs.absoluteHref(m.fullName, package: file.package) }
                for e in file.allEnums { external[e.fullName] = depDocs.absoluteHref(e.fullName, package: file.package) }
            }
        }
        return DocsPage(record: record, content: content) { name in
            external[name] ?? Self.wellKnownHref(name)
        }
    }

    /// protobuf.dev's reference of a well-known type (`google.protobuf.FieldMask` → `#field-mask`).
    static func wellKnownHref(_ name: String) -> String? {
        guard name.hasPrefix("google.protobuf."), !name.dropFirst(16).contains(".") else { return nil }
        var anchor = ""
        for (i, c) in name.dropFirst(16).enumerated() {
            if c.isUppercase && i > 0 { anchor += "-" }
            anchor += c.lowercased()
        }
        return "https://protobuf.dev/reference/protobuf/google.protobuf/#\(anchor)"
    }

    /// `/OWNER/NAME/VERSION[?package=P[&part=N]]`.
    func docsPage(_ module: ModuleName, _ versionText: String, package: String?, part partText: String? = nil) async throws -> (body: String, title: String) {
        let record = try await record(module, versionText)
        let docs = try await docs(for: record)
        if let package, !docs.hasPackage(package) { throw RegistryError.notFound("\(module) \(record.version) has no package \(package)") }
        let parts = package.flatMap { docs.parts($0) }
        var part = 1
        if let partText {
            guard let package, let n = Int(partText), n >= 1, n <= (parts?.count ?? 1) else {
                throw RegistryError.notFound("\(module) \(record.version) has no part \(partText) of the docs" + (package.map { " of package \($0)" } ?? ""))
            }
            part = n
        }
        var c: [String: Any] = ["module": module.description, "version": record.version.description, "moduleHref": "/\(module)",
                                "date": Self.day(record.publishedAt), "iso": Self.iso(record.publishedAt)]
        if record.yanked { c["yanked"] = true }
        if let changelog = try await service.releaseChangelogs(module)[record.version], let against = changelog.previous?.version {
            c["against"] = against.description
            c["diffHref"] = "/\(module)/diff/\(against)...\(record.version)"
        }
        let key = "docs|\(record.digest)|"
        for (k, v) in docs.context(package: package) { c[k] = v }
        if c["hasIndex"] != nil { c["indexHTML"] = fragment(key + "#index") { docs.indexHTML() } }
        // The package sections are the costly part: kept by digest (filled at publish).
        if let package, parts != nil {
            c["packages"] = [fragment(key + package + "#part\(part)") { docs.packageHTML(package, part: part) }]
        } else if let package {
            c["packages"] = [fragment(key + package) { docs.packageHTML(package) }]
        } else if docs.singlePage {
            c["packages"] = [fragment(key) { docs.packages.map { docs.packageHTML($0.name) }.joined() }]
        }
        let partTitle = parts.map { " (part \(part) of \($0.count))" } ?? ""
        let title = package.map { "\($0)\(partTitle) · \(module) \(record.version)" } ?? "\(module) \(record.version)"
        return (PageTemplates.render("docs", c), title)
    }

    func fragment(_ key: String, _ render: () -> String) -> String {
        if let hit = fragments.get(key) { return hit }
        let text = render()
        fragments.put(key, text)
        return text
    }

    /// `/OWNER/NAME/VERSION/files/PATH`: the file with an anchor per line (`#L12`).
    func sourcePage(_ module: ModuleName, _ versionText: String, _ path: String) async throws -> (body: String, title: String) {
        let record = try await record(module, versionText)
        let content = try await service.content(of: record)
        guard let data = content.sources[path] else {
            throw RegistryError.notFound("\(module) \(record.version) has no file \(path)")
        }
        let lines = SourceLines(data)
        let code = fragment("file|\(record.digest)|\(path)") { lines.html() }
        let c: [String: Any] = ["module": module.description, "version": record.version.description, "path": path,
                                "moduleHref": "/\(module)", "docsHref": "/\(module)/\(record.version)", "lineCount": lines.lines.count,
                                "code": code]
        return (PageTemplates.render("source", c), "\(path) · \(module) \(record.version)")
    }
}
