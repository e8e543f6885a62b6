import CEL
import ProtoSchema

/// A message decoded from option bytes, seen from CEL through its descriptor in the schema:
/// protovalidate's rules messages (`rules`), predefined rules' values (`rule`) and example
/// values of message types (`google.protobuf.FieldMask`).
struct ProtovalidateCELMessage: CELMessage, @unchecked Sendable {
    let descriptor: SchemaMessage
    let wire: WireFields
    let decoder: ProtovalidateWireDecoder

    var typeName: String { descriptor.fullName }

    func field(_ name: String) -> CELValue? {
        descriptor.field(named: name).map { decoder.value(of: $0, in: wire) }
    }

    func has(_ name: String) -> Bool? {
        descriptor.field(named: name).map { wire.has(Int($0.number)) }
    }

    var setFieldNames: [String] {
        descriptor.fields.filter { wire.has(Int($0.number)) }.map(\.name)
    }
}
