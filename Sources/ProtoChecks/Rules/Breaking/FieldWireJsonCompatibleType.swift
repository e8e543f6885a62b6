import ProtoSchema

/// Old readers must decode new bytes and new JSON: only types that share both encodings may
/// replace each other (int32 and uint32; int64 and uint64; fixed32 and sfixed32; ...).
struct FieldWireJsonCompatibleType: FieldOrExtensionPairRule {
    static let info = RuleInfo(id: "FIELD_WIRE_JSON_COMPATIBLE_TYPE", categories: ["CSR", "WIRE_JSON"], isDefault: false,
                               purpose: "Fields keep a wire- and JSON-compatible type.")

    func check(previous: SchemaField, current: SchemaField, pairs: SchemaPairs, _ context: BreakingContext) {
        let T = FieldTypeCompatibility.self
        guard T.wireJSONGroup(T.kind(previous)) == T.wireJSONGroup(T.kind(current)) else {
            T.reportKindChange(previous: previous, current: current, note: " See https://developers.google.com/protocol-buffers/docs/proto3#updating for wire "
                               + "compatibility rules and https://developers.google.com/protocol-buffers/docs/proto3#json for JSON "
                               + "compatibility rules.", context)
            return
        }
        T.checkReferencedType(previous: previous, current: current, pairs: pairs, context)
    }
}
