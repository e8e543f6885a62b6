import ProtoSchema

/// Generated code differs between singular fields with and without presence, required,
/// repeated and map fields.
struct FieldSameCardinality: FieldOrExtensionPairRule {
    static let info = RuleInfo(id: "FIELD_SAME_CARDINALITY", categories: ["FILE", "PACKAGE"], isDefault: true,
                               purpose: "Fields keep their cardinality.")

    func check(previous: SchemaField, current: SchemaField, pairs: SchemaPairs, _ context: BreakingContext) {
        // Map entries are generated; their fields' presence follows the file but means nothing.
        if previous.message?.isMapEntry == true && current.message?.isMapEntry == true { return }
        let (before, after) = (FieldCardinality(previous), FieldCardinality(current))
        guard before != after else { return }
        context.report(current, path: [], "\(current.findingText) changed cardinality from \"\(before)\" to \"\(after)\".")
    }
}
