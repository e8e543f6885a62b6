import ProtoSchema

/// Presence is invisible on the wire, and repeated fields and maps share their encoding;
/// singular, required and repeated fields do not read each other.
struct FieldWireCompatibleCardinality: FieldOrExtensionPairRule {
    static let info = RuleInfo(id: "FIELD_WIRE_COMPATIBLE_CARDINALITY", categories: ["WIRE"], isDefault: false,
                               purpose: "Fields keep a wire-compatible cardinality.")

    func check(previous: SchemaField, current: SchemaField, pairs: SchemaPairs, _ context: BreakingContext) {
        // Map entries are generated; their fields' presence follows the file but means nothing.
        if previous.message?.isMapEntry == true && current.message?.isMapEntry == true { return }
        let (before, after) = (FieldCardinality(previous), FieldCardinality(current))
        guard before.wireGroup != after.wireGroup else { return }
        context.report(current, path: [], "\(current.findingText) changed cardinality from \"\(before)\" to \"\(after)\".")
    }
}
