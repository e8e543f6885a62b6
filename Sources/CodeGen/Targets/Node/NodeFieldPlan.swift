import ProtoChecks
import ProtoSchema
import ProtopkgBasics
import SwiftProtobuf

/// What the runtime needs to know about one field, resolved from the descriptor and the editions
/// features (proto2 and proto3 read as the editions they correspond to): its property and JSON
/// names, wire kind, presence, packing, delimited encoding and UTF-8 checking.
struct NodeFieldPlan {
    typealias FieldType = Google_Protobuf_FieldDescriptorProto.TypeEnum

    let field: SchemaField
    /// The message property (`lineItems`).
    let property: String
    let jsonName: String
    /// FieldDescriptorProto.Type; 10 (group) for every delimited message field.
    let type: Int
    /// Full name of the message or enum type.
    let typeName: String?
    let repeated: Bool
    let packed: Bool
    /// Singular scalar or enum whose presence is tracked (proto2 `optional`, proto3 `optional`,
    /// editions EXPLICIT).
    let explicit: Bool
    let required: Bool
    /// The property of the (non-synthetic) oneof holding the field.
    let oneof: String?
    let validatesUTF8: Bool
    let map: MapPlan?
    /// Whether a map's string keys and values are checked for valid UTF-8.
    let mapValidatesUTF8: Bool

    struct MapPlan {
        let keyType: Int
        let valueType: Int
        let valueTypeName: String?
    }

    var isMessage: Bool { map == nil && (type == FieldType.message.rawValue || type == FieldType.group.rawValue) }
    var isEnum: Bool { map == nil && type == FieldType.enum.rawValue }

    /// The fields of `message` in declaration order, and the oneof properties by oneof index.
    static func plan(_ message: SchemaMessage, scope: NodeFileScope) throws -> (fields: [NodeFieldPlan], oneofs: [Int: String]) {
        var taken: Set<String> = ["$unknown"]
        func claim(_ wanted: String) -> String {
            var name = wanted
            while taken.contains(name) { name += "$" }
            taken.insert(name)
            return name
        }
        var properties: [String] = []
        var oneofs: [Int: String] = [:]
        for f in message.fields {
            properties.append(claim(NodeNames.property(f.name)))
            if let o = f.oneof, !o.isSynthetic, oneofs[o.index] == nil { oneofs[o.index] = claim(NodeNames.property(o.name)) }
        }
        let plans = try zip(message.fields, properties).map { f, property in
            try NodeFieldPlan(f, property: property, oneof: f.oneof.flatMap { $0.isSynthetic ? nil : oneofs[$0.index] },
                              scope: scope)
        }
        return (plans, oneofs)
    }

    private init(_ f: SchemaField, property: String, oneof: String?, scope: NodeFileScope) throws {
        field = f
        self.property = property
        self.oneof = oneof
        jsonName = f.descriptor.hasJsonName ? f.jsonName : NodeNames.camelCase(f.name)
        let features = ResolvedFeatures(f)
        let utf8 = f.file.syntax != "proto2" && features.utf8Validation == .verify
        validatesUTF8 = f.type == .string && utf8
        repeated = f.isRepeated

        if f.isRepeated, f.type == .message, let entry = try? scope.message(f.typeName), entry.isMapEntry {
            guard let key = entry.field(number: 1), let value = entry.field(number: 2) else {
                throw ProtopkgError("the map entry \(entry.fullName) lacks its key or value field",
                                    hint: "the descriptor set is malformed; recompile it with protoc")
            }
            let valueType = value.type == .group ? FieldType.message : value.type
            map = MapPlan(keyType: key.type.rawValue, valueType: valueType.rawValue,
                          valueTypeName: value.typeName.isEmpty ? nil : value.typeName)
            type = FieldType.message.rawValue
            typeName = nil
            (packed, explicit, required) = (false, false, false)
            mapValidatesUTF8 = utf8
            return
        }
        map = nil
        mapValidatesUTF8 = false
        typeName = f.typeName.isEmpty ? nil : f.typeName
        let delimited = f.type == .group || (f.type == .message && features.messageEncoding == .delimited)
        type = delimited ? FieldType.group.rawValue : f.type.rawValue

        let packable = ![FieldType.string, .bytes, .message, .group].contains(f.type)
        let options = f.descriptor.options
        packed = f.isRepeated && packable && (options.hasPacked ? options.packed : features.repeatedFieldEncoding == .packed)

        let singular = !f.isRepeated && oneof == nil
        required = singular && (f.label == .required || features.fieldPresence == .legacyRequired)
        explicit = singular && !required && f.type != .message && f.type != .group
            && (f.isProto3Optional || features.fieldPresence == .explicit)
    }
}
