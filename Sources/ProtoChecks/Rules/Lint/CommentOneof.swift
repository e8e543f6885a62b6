import ProtoSchema

struct CommentOneof: OneofLintRule {
    static let info = RuleInfo(id: "COMMENT_ONEOF", categories: ["COMMENTS"], isDefault: false,
                               purpose: "Oneofs have a leading comment that documents them.")

    func check(_ oneof: SchemaOneof, _ context: LintContext) {
        if !DocComment.isDocumented(oneof) {
            context.report(oneof, "Oneof \(oneof.name.goQuoted) should have a non-empty comment for documentation.")
        }
    }
}
