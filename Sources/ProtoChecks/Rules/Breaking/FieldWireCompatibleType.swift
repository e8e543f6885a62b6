import ProtoSchema

/// Old readers must decode new bytes: types may change only within a wire group (the varints
/// int32, int64, uint32, uint64 and bool; sint32 and sint64; ...), and string may become bytes.
struct FieldWireCompatibleType: FieldOrExtensionPairRule {
    static let info = RuleInfo(id: "FIELD_WIRE_COMPATIBLE_TYPE", categories: ["WIRE"], isDefault: false,
                               purpose: "Fields keep a wire-compatible type.")

    func check(previous: SchemaField, current: SchemaField, pairs: SchemaPairs, _ context: BreakingContext) {
        let T = FieldTypeCompatibility.self
        let (before, after) = (T.kind(previous), T.kind(current))
        guard T.wireGroup(before) == T.wireGroup(after) else {
            // Every string is valid bytes; not every bytes value is a valid string.
            if before == .string && after == .bytes { return }
            var note = " See https://developers.google.com/protocol-buffers/docs/proto3#updating for wire compatibility rules."
            if before == .bytes && after == .string {
                note += " Note that while string and bytes are compatible if the data is valid UTF-8, there is no way to enforce "
                    + "that a bytes field is UTF-8, so these fields may be incompatible."
            }
            T.reportKindChange(previous: previous, current: current, note: note, context)
            return
        }
        T.checkReferencedType(previous: previous, current: current, pairs: pairs, context)
    }
}
