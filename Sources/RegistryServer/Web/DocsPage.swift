import Foundation
import ProtoChecks
import ProtoSchema
import RegistryCore
import SwiftProtobuf

/// The API docs of one release: per package its services and RPCs, messages and fields, enums
/// and values, and extensions, with comments, options as written, links between types and to
/// each element's line in its source file. Every element's anchor is its full name.
///
/// A module of few elements gets one page with every package; a larger one gets an index of
/// its packages, each on its own page (`?package=`).
///
/// One instance serves concurrent renders of its release's pages (`WebPages.docs(for:)`): its
/// lazily filled indexes are guarded by a lock.
final class DocsPage: @unchecked Sendable {
    let record: VersionRecord
    let content: ReleaseContent
    /// `/OWNER/NAME/VERSION`.
    let base: String
    /// The href of a type defined outside this module (a dependency's, a well-known type).
    let external: (String) -> String?
    let packages: [(name: String, files: [SchemaFile])]
    let singlePage: Bool
    private var sources: [String: SourceLines] = [:]
    /// Per file: the source locations below each `element path + [part]`, for the options.
    private var locationsByPrefix: [String: [[Int32]: [(path: [Int32], span: SourceSpan)]]] = [:]
    /// Per package: its parts, or nil for a package on one page.
    private var partsByPackage: [String: PackageParts?] = [:]
    private let lock = NSLock()

    /// Above this many messages, enums and services in all, packages get pages of their own.
    static let singlePageLimit = 300

    init(record: VersionRecord, content: ReleaseContent, external: @escaping (String) -> String?) {
        self.record = record
        self.content = content
        self.external = external
        base = "/\(record.module)/\(record.version)"
        packages = content.schema.packages
        let elements = content.schema.files.reduce(0) { $0 + $1.allMessages.count + $1.allEnums.count + $1.services.count }
        singlePage = elements <= Self.singlePageLimit
    }

    func hasPackage(_ name: String) -> Bool { packages.contains { $0.name == name } }

    /// How a package's docs are cut into pages; nil when it has one page (always in a module
    /// small enough for a single page).
    func parts(_ package: String) -> PackageParts? {
        guard !singlePage else { return nil }
        lock.lock()
        defer { lock.unlock() }
        if let known = partsByPackage[package] { return known }
        let parts = PackageParts(files: packages.first { $0.name == package }?.files ?? [], package: package)
        partsByPackage[package] = parts
        return parts
    }

    /// The href of one part of a package's docs (the first part is the package's page).
    func partHref(_ package: String, part: Int) -> String {
        packageHref(package) + (part > 1 ? "&part=\(part)" : "")
    }

    /// Another instance for the same release, with empty indexes: for rendering every package
    /// once (at publish), whose indexes need not outlive that.
    func fresh() -> DocsPage { DocsPage(record: record, content: content, external: external) }

    /// The href of a package's docs.
    func packageHref(_ name: String) -> String {
        singlePage ? "\(base)#pkg-\(name)" : "\(base)?package=\(Self.queryEscape(name))"
    }

    static func queryEscape(_ s: String) -> String {
        s.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "._-"))) ?? s
    }

    /// The href of an element of `package` from anywhere.
    func absoluteHref(_ fullName: String, package: String) -> String {
        if singlePage { return "\(base)#\(fullName)" }
        return partHref(package, part: parts(package)?.part(of: fullName) ?? 1) + "#\(fullName)"
    }

    /// The href of a message or enum by full name, seen from the page of `package`.
    func typeHref(_ fullName: String, from package: String) -> String? {
        let schema = content.schema
        guard let file = schema.messagesByName[fullName]?.file ?? schema.enumsByName[fullName]?.file ?? schema.servicesByName[fullName]?.file
        else { return external(fullName) }
        guard file.isTarget else { return external(fullName) }
        if singlePage || (file.package == package && parts(package) == nil) { return "#\(fullName)" }
        return absoluteHref(fullName, package: file.package)
    }

    /// A source link: `/OWNER/NAME/VERSION/files/PATH#Lline`.
    func sourceHref(_ path: String, line: Int) -> String { "\(base)/files/\(path)#L\(line)" }

    /// The context of the version page but its package sections (`packageHTML`, which the
    /// caller caches); `package` selects one package's page.
    func context(package: String?) -> [String: Any] {
        var c: [String: Any] = [:]
        if let package {
            c["package"] = package
            c["indexHref"] = base
        } else if !singlePage {
            c["hasIndex"] = true
        }
        // The index of a large module lists packages, not its thousands of files.
        let files = package.map { p in packages.first { $0.name == p }?.files ?? [] } ?? (singlePage ? content.schema.files : [])
        c["files"] = files.map { ["path": $0.path, "href": "\(base)/files/\($0.path)"] }
        c["hasFiles"] = !files.isEmpty
        return c
    }

    /// The index of a large module's packages (a section; the caller caches it).
    func indexHTML() -> String {
        let rows = packages.map { p -> [String: Any] in
            ["name": p.name, "href": packageHref(p.name), "files": p.files.count,
             "services": p.files.reduce(0) { $0 + $1.services.count },
             "messages": p.files.reduce(0) { $0 + $1.allMessages.filter { !$0.isMapEntry }.count },
             "enums": p.files.reduce(0) { $0 + $1.allEnums.count }]
        }
        return PageTemplates.render("docsIndex", ["module": record.module.description, "version": record.version.description,
                                                  "index": rows])
    }

    /// One package's section, or one part of it (`parts`).
    func packageHTML(_ name: String, part: Int = 1) -> String {
        let files = packages.first { $0.name == name }?.files ?? []
        let comments = CommentRenderer { [unowned self] target in self.commentLink(target, from: name) }
        let parts = parts(name)
        func shown(_ fullName: String) -> Bool { parts.map { $0.part(of: fullName) == part } ?? true }
        var c: [String: Any] = ["name": name.isEmpty ? "(no package)" : name]
        let services = files.flatMap(\.services).filter { shown($0.fullName) }.map { service(for: $0, package: name, comments) }
        let messages = files.flatMap(\.allMessages).filter { !$0.isMapEntry && shown($0.fullName) }
            .map { message(for: $0, package: name, comments) }
        let enums = files.flatMap(\.allEnums).filter { shown($0.fullName) }.map { enumeration(for: $0, comments) }
        let extensions = files.flatMap(\.allExtensions).filter { shown($0.fullName) }
            .map { extensionField(for: $0, package: name, comments) }
        c["services"] = services
        c["hasServices"] = !services.isEmpty
        c["messages"] = messages
        c["hasMessages"] = !messages.isEmpty
        c["enums"] = enums
        c["hasEnums"] = !enums.isEmpty
        c["extensions"] = extensions
        c["hasExtensions"] = !extensions.isEmpty
        if let parts {
            c["hasParts"] = true
            c["part"] = part
            c["partCount"] = parts.count
            c["parts"] = parts.labels.enumerated().map { index, label -> [String: Any] in
                var p: [String: Any] = ["first": label.first, "last": label.last, "href": partHref(name, part: index + 1)]
                if index + 1 == part { p["current"] = true }
                return p
            }
        }
        return PageTemplates.render("package", c)
    }

    /// A reference link in a comment: an element of this release (also `Message.field`), else outside.
    func commentLink(_ target: String, from package: String) -> String? {
        let name = target.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, !name.contains(" ") else { return nil }
        for candidate in [name, package.isEmpty ? name : "\(package).\(name)"] {
            if let href = typeHref(candidate, from: package) { return href }
            // A field or an RPC: its parent's page, its own anchor.
            if let dot = candidate.lastIndex(of: "."), let parent = typeHref(String(candidate[..<dot]), from: package),
               let hash = parent.firstIndex(of: "#") {
                return String(parent[..<hash]) + "#" + candidate
            }
        }
        return nil
    }

    // MARK: elements

    func common(_ element: SchemaElement, name: String, anchor: String, deprecated: Bool, optionsPart: Int32,
                skipOption: Int32, _ comments: CommentRenderer) -> [String: Any] {
        let span = element.location
        var c: [String: Any] = ["name": name, "anchor": anchor]
        if let span {
            c["src"] = sourceHref(element.file.path, line: span.startLine)
            c["srcLabel"] = "\((element.file.path as NSString).lastPathComponent):\(span.startLine)"
        }
        if deprecated { c["deprecated"] = true }
        let doc = [element.comments.leading, element.comments.trailing].map(comments.html).filter { !$0.isEmpty }
        c["doc"] = doc.joined(separator: "\n")
        let options = optionTexts(element, part: optionsPart, skip: skipOption)
        if !options.isEmpty { c["options"] = options }
        return c
    }

    /// The options of an element as written in its source, one statement each, but `deprecated`
    /// (a badge says that).
    func optionTexts(_ element: SchemaElement, part: Int32, skip: Int32) -> [String] {
        let prefix = element.path + [part]
        guard let lines = lines(element.file.path) else { return [] }
        var taken: [SourceSpan] = []
        var out: [String] = []
        for (path, span) in locations(element.file, under: prefix) where path.count > prefix.count {
            if path[prefix.count] == skip && path.count == prefix.count + 1 { continue }
            if taken.contains(where: { SchemaSpan.contains($0, span) }) { continue }
            taken.append(span)
            if let text = lines.text(span) {
                // Continuation lines keep their indentation relative to the statement's start.
                let rest = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { (i, line) -> String in
                    i == 0 ? String(line) : String(line.dropFirst(min(span.startColumn - 1, line.prefix { $0 == " " }.count)))
                }
                var t = rest.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
                if t.hasPrefix("option ") { t = String(t.dropFirst(7)) }
                if t.hasSuffix(";") { t = String(t.dropLast()) }
                out.append(t)
            }
        }
        return out
    }

    /// The file's locations below a prefix of odd length (an element's path and one part), in
    /// file order. Indexed once per file: asking the file for each element would scan all of
    /// its locations every time.
    func locations(_ file: SchemaFile, under prefix: [Int32]) -> [(path: [Int32], span: SourceSpan)] {
        if let index = lock.withLock({ locationsByPrefix[file.path] }) { return index[prefix] ?? [] }
        var index: [[Int32]: [(path: [Int32], span: SourceSpan)]] = [:]
        for location in file.locations(under: []) {
            var k = 3
            while k < location.path.count {
                index[Array(location.path[..<k]), default: []].append(location)
                k += 2
            }
        }
        lock.withLock { locationsByPrefix[file.path] = index }
        return index[prefix] ?? []
    }

    func lines(_ path: String) -> SourceLines? {
        if let cached = lock.withLock({ sources[path] }) { return cached }
        guard let data = content.sources[path] else { return nil }
        let lines = SourceLines(data)
        lock.withLock { sources[path] = lines }
        return lines
    }

    func service(for s: SchemaService, package: String, _ comments: CommentRenderer) -> [String: Any] {
        var c = common(s, name: s.name, anchor: s.fullName, deprecated: s.descriptor.options.deprecated,
                       optionsPart: DescriptorPath.Service.options, skipOption: 33, comments)
        c["methods"] = s.methods.map { m -> [String: Any] in
            var mc = common(m, name: m.name, anchor: m.fullName, deprecated: m.descriptor.options.deprecated,
                            optionsPart: DescriptorPath.Method.options, skipOption: 33, comments)
            mc["input"] = typeLink(m.inputType, from: package)
            mc["output"] = typeLink(m.outputType, from: package)
            if m.clientStreaming { mc["clientStreaming"] = true }
            if m.serverStreaming { mc["serverStreaming"] = true }
            switch (m.clientStreaming, m.serverStreaming) {
            case (true, true): mc["streaming"] = "bidirectional streaming"
            case (true, false): mc["streaming"] = "client streaming"
            case (false, true): mc["streaming"] = "server streaming"
            default: break
            }
            return mc
        }
        return c
    }

    func message(for m: SchemaMessage, package: String, _ comments: CommentRenderer) -> [String: Any] {
        let shown = package.isEmpty ? m.fullName : String(m.fullName.dropFirst(package.count + 1))
        var c = common(m, name: shown, anchor: m.fullName, deprecated: m.descriptor.options.deprecated,
                       optionsPart: DescriptorPath.Message.options, skipOption: 3, comments)
        let fields = m.fields.map { field(for: $0, package: package, comments) }
        c["fields"] = fields
        c["hasFields"] = !fields.isEmpty
        let reserved = m.descriptor.reservedRange.map { $0.end - 1 == $0.start ? "\($0.start)" : "\($0.start) to \($0.end - 1)" }
            + m.reservedNames.map { "\"\($0)\"" }
        if !reserved.isEmpty { c["reserved"] = reserved.joined(separator: ", ") }
        return c
    }

    func field(for f: SchemaField, package: String, _ comments: CommentRenderer) -> [String: Any] {
        var c = common(f, name: f.name, anchor: f.fullName, deprecated: f.descriptor.options.deprecated,
                       optionsPart: DescriptorPath.Field.options, skipOption: 3, comments)
        c["number"] = f.number
        let label = f.cardinalityLabel
        c["type"] = label == "map" ? mapType(f, from: package) : fieldType(f, from: package)
        c["label"] = label == "implicit" ? "implicit presence" : label
        if let oneof = f.oneof, !oneof.isSynthetic { c["oneof"] = oneof.name }
        if f.descriptor.hasDefaultValue { c["defaultValue"] = f.descriptor.defaultValue }
        if f.file.span(f.path + [DescriptorPath.Field.jsonName]) != nil { c["jsonName"] = f.jsonName }
        return c
    }

    func extensionField(for f: SchemaField, package: String, _ comments: CommentRenderer) -> [String: Any] {
        var c = field(for: f, package: package, comments)
        c["extendee"] = typeLink(f.extendee, from: package)
        c["label"] = f.isRepeated ? "repeated" : nil
        c["doc"] = [c["doc"] as? String ?? "", (c["options"] as? [String])?.map { "<code class=\"opt\">\(HTMLText.escape($0))</code>" }
            .joined(separator: " ") ?? ""].joined()
        return c
    }

    func enumeration(for e: SchemaEnum, _ comments: CommentRenderer) -> [String: Any] {
        let package = e.file.package
        let shown = package.isEmpty ? e.fullName : String(e.fullName.dropFirst(package.count + 1))
        var c = common(e, name: shown, anchor: e.fullName, deprecated: e.descriptor.options.deprecated,
                       optionsPart: DescriptorPath.Enum.options, skipOption: 3, comments)
        c["values"] = e.values.map { v -> [String: Any] in
            var vc = common(v, name: v.name, anchor: "\(e.fullName).\(v.name)", deprecated: v.descriptor.options.deprecated,
                            optionsPart: DescriptorPath.EnumValue.options, skipOption: 1, comments)
            vc["number"] = v.number
            return vc
        }
        let reserved = e.reservedRanges.map { $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound) to \($0.upperBound)" }
            + e.reservedNames.map { "\"\($0)\"" }
        if !reserved.isEmpty { c["reserved"] = reserved.joined(separator: ", ") }
        return c
    }

    // MARK: types

    /// A type as a link (when it is documented somewhere), named relative to the package.
    func typeLink(_ fullName: String, from package: String) -> String {
        let shown = !package.isEmpty && fullName.hasPrefix(package + ".") ? String(fullName.dropFirst(package.count + 1)) : fullName
        // Long names may break after a dot, never inside a word.
        let text = HTMLText.escape(shown).replacingOccurrences(of: ".", with: ".<wbr>")
        guard let href = typeHref(fullName, from: package) else {
            return "<span class=\"typename\" title=\"\(HTMLText.escape(fullName))\">\(text)</span>"
        }
        return "<a href=\"\(HTMLText.escape(href))\" title=\"\(HTMLText.escape(fullName))\">\(text)</a>"
    }

    func fieldType(_ f: SchemaField, from package: String) -> String {
        switch f.type {
        case .message, .group, .enum: return typeLink(f.typeName, from: package)
        default: return Self.scalarName(f.type)
        }
    }

    func mapType(_ f: SchemaField, from package: String) -> String {
        guard let entry = content.schema.messagesByName[f.typeName], entry.fields.count == 2 else { return fieldType(f, from: package) }
        return "map&lt;\(fieldType(entry.fields[0], from: package)), \(fieldType(entry.fields[1], from: package))&gt;"
    }

    static func scalarName(_ type: Google_Protobuf_FieldDescriptorProto.TypeEnum) -> String {
        switch type {
        case .double: return "double"
        case .float: return "float"
        case .int64: return "int64"
        case .uint64: return "uint64"
        case .int32: return "int32"
        case .fixed64: return "fixed64"
        case .fixed32: return "fixed32"
        case .bool: return "bool"
        case .string: return "string"
        case .bytes: return "bytes"
        case .uint32: return "uint32"
        case .sfixed32: return "sfixed32"
        case .sfixed64: return "sfixed64"
        case .sint32: return "sint32"
        case .sint64: return "sint64"
        default: return "\(type)"
        }
    }
}

/// Span containment for option statements.
enum SchemaSpan {
    static func contains(_ outer: SourceSpan, _ inner: SourceSpan) -> Bool {
        (outer.startLine, outer.startColumn) <= (inner.startLine, inner.startColumn)
            && (inner.endLine, inner.endColumn) <= (outer.endLine, outer.endColumn)
    }
}
