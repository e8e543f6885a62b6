import ProtoSchema

struct FieldNotRequired: FieldLintRule {
    static let info = RuleInfo(id: "FIELD_NOT_REQUIRED", categories: ["BASIC", "STANDARD"], isDefault: true,
                               purpose: "Fields are not required: a required field can never be removed safely.")

    func check(_ field: SchemaField, _ context: LintContext) {
        // In an editions file `features.field_presence = LEGACY_REQUIRED` makes a field required.
        guard !field.isRepeated, field.label == .required || ResolvedFeatures(field).fieldPresence == .legacyRequired else { return }
        context.report(field, part: DescriptorPath.Field.name,
                       "Field named \(field.name.goQuoted) should not be required.")
    }
}
