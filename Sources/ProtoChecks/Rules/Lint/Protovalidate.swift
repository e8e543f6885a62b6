import Foundation
import ProtoSchema

/// protovalidate's annotations are valid, as buf checks them: `(buf.validate.message)` oneof
/// rules and CEL, `(buf.validate.field)` rules that fit the field and do not contradict each
/// other, CEL that compiles to a bool or a string, predefined rules' CEL, and example values
/// that pass the rules beside them. A file that does not import protovalidate has nothing to
/// check.
struct Protovalidate: FileLintRule {
    static let info = RuleInfo(id: "PROTOVALIDATE", categories: ["STANDARD"], isDefault: true,
                               purpose: "Checks that protovalidate rules are valid and that their CEL expressions compile.")

    func check(_ file: SchemaFile, _ context: LintContext) {
        guard usesProtovalidate(file, context.schema) else { return }
        let types = SchemaCELTypes(schema: context.schema)
        let names = ProtovalidateRuleNames(schema: context.schema)
        let runtime = ProtovalidateRuntime(schema: context.schema)
        for message in file.allMessages where !message.isMapEntry {
            ProtovalidateMessageCheck(context: context, types: types, message: message).run()
        }
        let fields = file.allMessages.filter { !$0.isMapEntry }.flatMap { $0.fields + $0.extensions } + file.extensions
        for field in fields {
            ProtovalidatePredefinedCheck(context: context, types: types, extensionField: field).run()
            ProtovalidateFieldCheck(context: context, types: types, names: names, runtime: runtime, field: field).run()
        }
    }

    /// Whether protovalidate's options are among the file's imports, so that an option numbered
    /// 1159 is protovalidate's and not some other extension that happens to have that number.
    private func usesProtovalidate(_ file: SchemaFile, _ schema: Schema) -> Bool {
        var seen: Set<String> = []
        var pending = file.imports.map(\.importPath)
        while let path = pending.popLast() {
            guard seen.insert(path).inserted, let imported = schema.filesByPath[path] else { continue }
            if imported.extensions.contains(where: { $0.fullName == "buf.validate.field" }) { return true }
            pending += imported.imports.filter(\.isPublic).map(\.importPath)
        }
        return false
    }

    /// The message an extension number holds among encoded options, if any.
    static func rules(_ options: Data, _ extensionNumber: Int32) -> WireFields? {
        guard !options.isEmpty, let fields = WireFields(options) else { return nil }
        return fields.message(Int(extensionNumber))
    }
}
