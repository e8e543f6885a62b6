import ProtoSchema

/// As on the wire, except that JSON writes a map as an object but a repeated field as an array.
struct FieldWireJsonCompatibleCardinality: FieldOrExtensionPairRule {
    static let info = RuleInfo(id: "FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY", categories: ["CSR", "WIRE_JSON"], isDefault: false,
                               purpose: "Fields keep a wire- and JSON-compatible cardinality.")

    func check(previous: SchemaField, current: SchemaField, pairs: SchemaPairs, _ context: BreakingContext) {
        // Map entries are generated; their fields' presence follows the file but means nothing.
        if previous.message?.isMapEntry == true && current.message?.isMapEntry == true { return }
        let (before, after) = (FieldCardinality(previous), FieldCardinality(current))
        guard before.wireJSONGroup != after.wireJSONGroup else { return }
        context.report(current, path: [], "\(current.findingText) changed cardinality from \"\(before)\" to \"\(after)\".")
    }
}
