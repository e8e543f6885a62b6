import ProtoSchema

struct CommentEnum: EnumLintRule {
    static let info = RuleInfo(id: "COMMENT_ENUM", categories: ["COMMENTS"], isDefault: false,
                               purpose: "Enums have a leading comment that documents them.")

    func check(_ enumeration: SchemaEnum, _ context: LintContext) {
        if !DocComment.isDocumented(enumeration) {
            context.report(enumeration, "Enum \(enumeration.name.goQuoted) should have a non-empty comment for documentation.")
        }
    }
}
