import ProtoSchema
import SwiftProtobuf

/// Which field types read each other's encoding, shared by the three type rules. Two types in
/// one wire group decode each other's bytes (int32, int64, uint32, uint64 and bool are all
/// varints); the wire+JSON groups are narrower, since JSON writes 64-bit integers as strings and
/// bool as `true`.
enum FieldTypeCompatibility {
    typealias FieldType = Google_Protobuf_FieldDescriptorProto.TypeEnum

    /// The type as encoded: in an editions file a message field with delimited encoding is a group.
    static func kind(_ field: SchemaField) -> FieldType {
        if field.type == .message, field.file.syntax == "editions", ResolvedFeatures(field).messageEncoding == .delimited {
            return .group
        }
        return field.type
    }

    static func wireGroup(_ type: FieldType) -> Int {
        switch type {
        case .int32, .int64, .uint32, .uint64, .bool: 1
        case .sint32, .sint64: 2
        case .string: 3
        case .bytes: 4
        case .fixed32, .sfixed32: 5
        case .fixed64, .sfixed64: 6
        case .double: 7
        case .float: 8
        case .group: 9
        case .message: 10
        case .enum: 11
        default: 0
        }
    }

    static func wireJSONGroup(_ type: FieldType) -> Int {
        switch type {
        case .int32, .uint32: 1
        case .int64, .uint64: 2
        case .fixed32, .sfixed32: 3
        case .fixed64, .sfixed64: 4
        case .bool: 5
        case .sint32: 6
        case .sint64: 7
        case .string: 8
        case .bytes: 9
        case .double: 10
        case .float: 11
        case .group: 12
        case .message: 13
        case .enum: 14
        default: 0
        }
    }

    /// Reports a change of type at the current field's type (its type name for messages, enums
    /// and groups).
    static func reportKindChange(previous: SchemaField, current: SchemaField, note: String = "", _ context: BreakingContext) {
        let part = [.message, .enum, .group].contains(kind(current)) ? typeNamePart(current) : DescriptorPath.Field.type
        context.report(current, path: [part],
                       "\(current.findingText) changed type from \(name(previous).goQuoted) to \(name(current).goQuoted).\(note)")
    }

    /// The type as buf names it: a delimited message field of an editions file is encoded as a
    /// group, but written as a message.
    static func name(_ field: SchemaField) -> String {
        kind(field) == .group && field.file.syntax != "proto2" ? "message (delimited encoding)" : "\(kind(field))"
    }

    /// Reports that a message, group or enum field now refers to another type.
    static func reportTypeNameChange(previous: SchemaField, current: SchemaField, _ context: BreakingContext) {
        context.report(current, path: [typeNamePart(current)],
                       "\(current.findingText) changed type from \(previous.typeName.goQuoted) to \(current.typeName.goQuoted).")
    }

    /// Where a field names its type: a group's name is also its field's, so buf points at the
    /// `group` keyword instead.
    private static func typeNamePart(_ field: SchemaField) -> Int32 {
        field.type == .group ? DescriptorPath.Field.type : DescriptorPath.Field.typeName
    }

    /// For fields of the same wire group: a message or group field must keep its type; an enum
    /// field may move to another enum of the same short name that keeps every previous value
    /// (name and number), so that values can be added in the same change.
    static func checkReferencedType(previous: SchemaField, current: SchemaField, pairs: SchemaPairs, _ context: BreakingContext) {
        guard previous.typeName != current.typeName else { return }
        switch kind(current) {
        case .message, .group:
            reportTypeNameChange(previous: previous, current: current, context)
        case .enum:
            guard let before = pairs.previous.enumsByName[previous.typeName],
                  let after = pairs.current.enumsByName[current.typeName], before.name == after.name else {
                reportTypeNameChange(previous: previous, current: current, context)
                return
            }
            let numbers = Dictionary(after.values.map { ($0.name, $0.number) }, uniquingKeysWith: { a, _ in a })
            if before.values.contains(where: { numbers[$0.name] != $0.number }) {
                reportTypeNameChange(previous: previous, current: current, context)
            }
        default:
            break
        }
    }
}
