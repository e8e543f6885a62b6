import ProtoSchema

struct CommentField: FieldLintRule {
    static let info = RuleInfo(id: "COMMENT_FIELD", categories: ["COMMENTS"], isDefault: false,
                               purpose: "Fields (extensions included) have a leading comment that documents them.")

    func check(_ field: SchemaField, _ context: LintContext) {
        // A proto2 group's comment belongs to the message the group declares (COMMENT_MESSAGE
        // checks it), so its field has none of its own.
        if field.type != .group, !DocComment.isDocumented(field) {
            context.report(field, "Field \(field.name.goQuoted) should have a non-empty comment for documentation.")
        }
    }
}
