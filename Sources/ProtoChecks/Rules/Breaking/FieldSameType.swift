import ProtoSchema

/// Generated code types every field: any change of scalar type, or of the message, enum or
/// group a field refers to, breaks it.
struct FieldSameType: FieldOrExtensionPairRule {
    static let info = RuleInfo(id: "FIELD_SAME_TYPE", categories: ["CSR", "FILE", "PACKAGE"], isDefault: true,
                               purpose: "Fields keep their type.")

    func check(previous: SchemaField, current: SchemaField, pairs: SchemaPairs, _ context: BreakingContext) {
        let T = FieldTypeCompatibility.self
        if T.kind(previous) != T.kind(current) {
            T.reportKindChange(previous: previous, current: current, context)
        } else if [.message, .enum, .group].contains(current.type), previous.typeName != current.typeName {
            T.reportTypeNameChange(previous: previous, current: current, context)
        }
    }
}
