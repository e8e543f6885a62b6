import CEL
import ProtoSchema

/// The protobuf types of a schema as CEL's type checker sees them, with protovalidate's mapping
/// from a field to its CEL type.
struct SchemaCELTypes: CELTypeProvider {
    let schema: Schema

    func fieldType(message: String, field: String) -> CELType? {
        guard let found = schema.messagesByName[message]?.field(named: field) else { return nil }
        return celType(found, forItems: false)
    }

    func messageExists(_ fullName: String) -> Bool { schema.messagesByName[fullName] != nil }

    func isEnumValue(_ fullName: String) -> Bool {
        guard let dot = fullName.lastIndex(of: "."),
              let enumeration = schema.enumsByName[String(fullName[..<dot])] else { return false }
        let name = fullName[fullName.index(after: dot)...]
        return enumeration.values.contains { $0.name == name }
    }

    /// A field's CEL type: a list or map for repeated and map fields unless `forItems`, where
    /// it is the type of one item.
    func celType(_ field: SchemaField, forItems: Bool) -> CELType {
        if !forItems, field.isRepeated {
            if let entry = mapEntry(field), let key = entry.field(number: 1), let value = entry.field(number: 2) {
                return .map(celType(key, forItems: true), celType(value, forItems: true))
            }
            return .list(celType(field, forItems: true))
        }
        switch field.type {
        case .float, .double: return .double
        case .int32, .int64, .sint32, .sint64, .sfixed32, .sfixed64, .enum: return .int
        case .uint32, .uint64, .fixed32, .fixed64: return .uint
        case .bool: return .bool
        case .string: return .string
        case .bytes: return .bytes
        case .message, .group: return CELType.forMessage(field.typeName)
        default: return .dyn
        }
    }

    func mapEntry(_ field: SchemaField) -> SchemaMessage? {
        guard field.isRepeated, field.type == .message, let m = schema.messagesByName[field.typeName], m.isMapEntry else {
            return nil
        }
        return m
    }
}
