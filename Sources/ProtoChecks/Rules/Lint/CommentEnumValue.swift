import ProtoSchema

struct CommentEnumValue: EnumValueLintRule {
    static let info = RuleInfo(id: "COMMENT_ENUM_VALUE", categories: ["COMMENTS"], isDefault: false,
                               purpose: "Enum values have a leading comment that documents them.")

    func check(_ value: SchemaEnumValue, _ context: LintContext) {
        if !DocComment.isDocumented(value) {
            context.report(value, "Enum value \(value.name.goQuoted) should have a non-empty comment for documentation.")
        }
    }
}
