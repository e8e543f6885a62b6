import Foundation
import ProtoSchema
import SwiftProtobuf

/// Which imports of a file are used, counted as buf counts them: a file is used when the
/// importing file names something it declares (a field, extendee or method type, a custom
/// option, an extension or `Any` type inside an option value), or something that file can see.
///
/// A symbol is credited to the import of the file declaring it when there is one. Otherwise buf
/// credits the first import through which the declaring file is reachable at all, following
/// every import and not only public ones, the importing file's own public imports coming before
/// its other imports (each group in order). Public imports are never unused: they are there for
/// the files importing this one.
final class ImportUsage {
    private let schema: Schema
    /// Extensions of the whole set (imports included) by extendee and number.
    private let extensions: [String: [Int32: SchemaField]]
    /// Every file reachable from a file through its imports, computed when first needed.
    private var reachable: [String: Set<String>] = [:]
    /// Values nested deeper than this in an option are not followed (a guard against loops).
    private static let maxDepth = 32

    init(_ schema: Schema) {
        self.schema = schema
        var byExtendee: [String: [Int32: SchemaField]] = [:]
        for file in schema.filesByPath.values {
            for x in file.allExtensions { byExtendee[x.extendee, default: [:]][x.number] = x }
        }
        extensions = byExtendee
    }

    /// The non-public imports of `file` that nothing in it uses, in order.
    func unusedImports(of file: SchemaFile) -> [SchemaImport] {
        let imports = file.imports
        let direct = Set(imports.map(\.importPath))
        let searchOrder = imports.filter(\.isPublic) + imports.filter { !$0.isPublic }
        var used = Set<String>()
        for declaring in referencedFiles(file) where declaring != file.path {
            if direct.contains(declaring) {
                used.insert(declaring)
            } else if let via = searchOrder.first(where: { reachable(from: $0.importPath).contains(declaring) }) {
                used.insert(via.importPath)
            }
        }
        return imports.filter { !$0.isPublic && !used.contains($0.importPath) }
    }

    /// The files that `path` imports, directly or not.
    private func reachable(from path: String) -> Set<String> {
        if let known = reachable[path] { return known }
        var out = Set<String>()
        for i in schema.filesByPath[path]?.imports ?? [] where !out.contains(i.importPath) {
            out.insert(i.importPath)
            out.formUnion(reachable(from: i.importPath))
        }
        reachable[path] = out
        return out
    }

    /// The paths of the files declaring what `file` refers to.
    func referencedFiles(_ file: SchemaFile) -> Set<String> {
        var out = Set<String>()
        func type(_ name: String) {
            if let m = schema.messagesByName[name] { out.insert(m.file.path) } else if let e = schema.enumsByName[name] { out.insert(e.file.path) }
        }
        func field(_ f: SchemaField) {
            if !f.typeName.isEmpty { type(f.typeName) }
            if f.isExtension { type(f.extendee) }
            options(f.descriptor.options.unknownFields, f.descriptor.options.features, "FieldOptions", &out)
        }
        options(file.descriptor.options.unknownFields, file.descriptor.options.features, "FileOptions", &out)
        file.extensions.forEach(field)
        for m in file.allMessages {
            let o = m.descriptor.options
            options(o.unknownFields, o.features, "MessageOptions", &out)
            m.fields.forEach(field)
            m.extensions.forEach(field)
            for oneof in m.oneofs {
                options(oneof.descriptor.options.unknownFields, oneof.descriptor.options.features, "OneofOptions", &out)
            }
            for range in m.descriptor.extensionRange where range.hasOptions {
                options(range.options.unknownFields, range.options.features, "ExtensionRangeOptions", &out)
            }
        }
        for e in file.allEnums {
            options(e.descriptor.options.unknownFields, e.descriptor.options.features, "EnumOptions", &out)
            for v in e.values {
                options(v.descriptor.options.unknownFields, v.descriptor.options.features, "EnumValueOptions", &out)
            }
        }
        for s in file.services {
            options(s.descriptor.options.unknownFields, s.descriptor.options.features, "ServiceOptions", &out)
            for m in s.methods {
                type(m.inputType)
                type(m.outputType)
                options(m.descriptor.options.unknownFields, m.descriptor.options.features, "MethodOptions", &out)
            }
        }
        return out
    }

    /// Custom options live in an options message's unknown fields (the descriptor set is decoded
    /// without extensions), and so do extensions of the editions feature set.
    private func options(_ unknown: UnknownStorage, _ features: Google_Protobuf_FeatureSet, _ kind: String, _ out: inout Set<String>) {
        if !unknown.data.isEmpty { value([UInt8](unknown.data), of: "google.protobuf.\(kind)", depth: 0, &out) }
        let featureData = features.unknownFields.data
        if !featureData.isEmpty { value([UInt8](featureData), of: "google.protobuf.FeatureSet", depth: 0, &out) }
    }

    /// Notes the extensions set in a value of message `typeName`, and what they and the
    /// message's own fields carry further down.
    private func value(_ bytes: [UInt8], of typeName: String, depth: Int, _ out: inout Set<String>) {
        guard depth < Self.maxDepth, let fields = WireFields(bytes) else { return }
        if typeName == "google.protobuf.Any" { return any(fields, depth: depth, &out) }
        let message = schema.messagesByName[typeName]
        for (number, content) in fields.fields {
            let declared: SchemaField
            if let known = message?.field(number: Int32(number)) {
                declared = known
            } else if let x = extensions[typeName]?[Int32(number)] {
                out.insert(x.file.path)
                declared = x
            } else {
                continue
            }
            switch content {
            case .bytes(let payload) where declared.type == .message, .group(let payload) where declared.type == .group:
                value(payload, of: declared.typeName, depth: depth + 1, &out)
            default:
                break
            }
        }
    }

    /// An `Any` written out in an option (`[type.googleapis.com/acme.v1.Thing]: {...}`) names
    /// its type, which the file must see.
    private func any(_ fields: WireFields, depth: Int, _ out: inout Set<String>) {
        guard let url = fields.bytes(1).last.flatMap({ String(bytes: $0, encoding: .utf8) }),
              let typeName = url.split(separator: "/").last.map(String.init),
              let m = schema.messagesByName[typeName] else { return }
        out.insert(m.file.path)
        value(fields.bytes(2).last ?? [], of: typeName, depth: depth + 1, &out)
    }
}
