import ProtoSchema

/// Readers that do not see a field use its default: changing it changes what old and new code
/// read for the same bytes.
struct FieldSameDefault: FieldOrExtensionPairRule {
    static let info = RuleInfo(id: "FIELD_SAME_DEFAULT", categories: ["CSR", "FILE", "PACKAGE", "WIRE_JSON", "WIRE"], isDefault: true,
                               purpose: "Fields keep their default values.")

    func check(previous: SchemaField, current: SchemaField, pairs: SchemaPairs, _ context: BreakingContext) {
        guard let before = FieldDefaultValue(previous, schema: pairs.previous),
              let after = FieldDefaultValue(current, schema: pairs.current) else { return }
        guard !(before.isZero && after.isZero), !before.isSame(as: after) else { return }
        context.report(current, path: [DescriptorPath.Field.defaultValue],
                       "\(current.findingText) changed default value from \(before.text) to \(after.text).")
    }
}
