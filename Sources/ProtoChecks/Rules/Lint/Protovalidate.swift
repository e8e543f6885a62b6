import Foundation
import ProtoSchema
import SwiftProtobuf

/// protovalidate's annotations (`buf.validate.field`, `buf.validate.message`), checked for what
/// needs no CEL engine: the kind of rules a field has must fit its type (`string` rules on a
/// string, `repeated` on a list, `map` on a map, `int32` on an int32 or Int32Value, ...), also
/// for a list's items and a map's keys and values; and a message's `oneof` rules must name its
/// own fields. CEL expressions and the values inside the rules are not looked at. A file that
/// does not use protovalidate has nothing to check.
struct Protovalidate: MessageLintRule {
    static let info = RuleInfo(id: "PROTOVALIDATE", categories: ["STANDARD"], isDefault: true,
                               purpose: "protovalidate rules fit the fields they are on.")

    /// The extension number of `buf.validate.message`, `.oneof` and `.field` on their options.
    static let extensionNumber: Int32 = 1159

    /// `FieldRules` fields of the `type` oneof, by name.
    static let ruleKinds: [Int: String] = [
        1: "float", 2: "double", 3: "int32", 4: "int64", 5: "uint32", 6: "uint64", 7: "sint32",
        8: "sint64", 9: "fixed32", 10: "fixed64", 11: "sfixed32", 12: "sfixed64", 13: "bool",
        14: "string", 15: "bytes", 16: "enum", 18: "repeated", 19: "map", 20: "any", 21: "duration",
        22: "timestamp", 28: "field_mask",
    ]

    /// Well-known message types that take the rules of the value they wrap or stand for.
    static let messageKinds: [String: Int] = [
        "google.protobuf.FloatValue": 1, "google.protobuf.DoubleValue": 2, "google.protobuf.Int32Value": 3,
        "google.protobuf.Int64Value": 4, "google.protobuf.UInt32Value": 5, "google.protobuf.UInt64Value": 6,
        "google.protobuf.BoolValue": 13, "google.protobuf.StringValue": 14, "google.protobuf.BytesValue": 15,
        "google.protobuf.Any": 20, "google.protobuf.Duration": 21, "google.protobuf.Timestamp": 22,
        "google.protobuf.FieldMask": 28,
    ]

    func check(_ message: SchemaMessage, _ context: LintContext) {
        guard importsProtovalidate(message.file, context.schema) else { return }
        if let rules = Self.rules(message.descriptor.options.unknownFields.data) {
            checkOneofRules(rules, message, context)
        }
        for field in message.fields {
            guard let rules = Self.rules(field.descriptor.options.unknownFields.data) else { continue }
            let (kind, entry) = expectation(field, context.schema)
            checkFieldRules(rules, field: field, expected: kind, mapEntry: entry, what: "", context)
        }
    }

    /// Whether the file imports protovalidate's options, so that an option numbered 1159 is
    /// protovalidate's and not some other extension that happens to have that number.
    private func importsProtovalidate(_ file: SchemaFile, _ schema: Schema) -> Bool {
        file.imports.contains { dependency in
            guard let imported = schema.filesByPath[dependency.importPath] else { return false }
            return imported.extensions.contains {
                $0.fullName == "buf.validate.field" && $0.number == Self.extensionNumber
            }
        }
    }

    /// The protovalidate rules among encoded options, if any.
    static func rules(_ options: Data) -> WireFields? {
        guard !options.isEmpty, let fields = WireFields(options) else { return nil }
        return fields.message(Int(extensionNumber))
    }

    /// The rule kind a field takes (nil: a message type that takes none), and for a map field
    /// its entry message.
    private func expectation(_ field: SchemaField, _ schema: Schema) -> (Int?, SchemaMessage?) {
        if field.isRepeated {
            if field.type == .message, let m = schema.messagesByName[field.typeName], m.isMapEntry { return (19, m) }
            return (18, nil)
        }
        return (elementKind(field), nil)
    }

    /// The rule kind of one value of the field, ignoring whether it is repeated.
    private func elementKind(_ field: SchemaField) -> Int? {
        switch field.type {
        case .float: return 1
        case .double: return 2
        case .int32: return 3
        case .int64: return 4
        case .uint32: return 5
        case .uint64: return 6
        case .sint32: return 7
        case .sint64: return 8
        case .fixed32: return 9
        case .fixed64: return 10
        case .sfixed32: return 11
        case .sfixed64: return 12
        case .bool: return 13
        case .string: return 14
        case .bytes: return 15
        case .enum: return 16
        case .message, .group: return Self.messageKinds[field.typeName]
        default: return nil
        }
    }

    private func checkFieldRules(_ rules: WireFields, field: SchemaField, expected: Int?, mapEntry: SchemaMessage?,
                                 what: String, _ context: LintContext) {
        let given = rules.numbers.filter { Self.ruleKinds[$0] != nil }.sorted()
        for kind in given where kind != expected {
            let wanted = expected.flatMap { Self.ruleKinds[$0] }.map { "only \"\($0)\" rules" } ?? "no type rules"
            context.report(field, part: DescriptorPath.Field.options,
                           "Field \"\(field.name)\"\(what) has \"\(Self.ruleKinds[kind]!)\" rules, but its type takes \(wanted).")
        }
        guard given == [expected].compactMap({ $0 }) else { return }
        if expected == 18, let items = rules.message(18)?.message(4) {
            checkFieldRules(items, field: field, expected: elementKind(field), mapEntry: nil, what: " (items)", context)
        }
        if expected == 19, let entry = mapEntry, let map = rules.message(19) {
            for (number, part) in [(4, " (keys)"), (5, " (values)")] {
                guard let inner = map.message(number), let entryField = entry.field(number: Int32(number - 3)) else { continue }
                checkFieldRules(inner, field: field, expected: elementKind(entryField), mapEntry: nil, what: part, context)
            }
        }
    }

    /// `(buf.validate.message).oneof`: each rule's `fields` must be fields of the message.
    private func checkOneofRules(_ rules: WireFields, _ message: SchemaMessage, _ context: LintContext) {
        for rule in rules.bytes(4) {
            guard let oneof = WireFields(rule) else { continue }
            for name in oneof.bytes(1).map({ String(decoding: $0, as: UTF8.self) }) where message.field(named: name) == nil {
                context.report(message, part: DescriptorPath.Message.options,
                               "Message \"\(message.name)\" has a protovalidate oneof rule naming \"\(name)\", which is not one of its fields.")
            }
        }
    }
}
