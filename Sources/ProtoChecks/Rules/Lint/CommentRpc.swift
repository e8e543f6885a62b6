import ProtoSchema

struct CommentRpc: MethodLintRule {
    static let info = RuleInfo(id: "COMMENT_RPC", categories: ["COMMENTS"], isDefault: false,
                               purpose: "RPCs have a leading comment that documents them.")

    func check(_ method: SchemaMethod, _ context: LintContext) {
        if !DocComment.isDocumented(method) {
            context.report(method, "RPC \(method.name.goQuoted) should have a non-empty comment for documentation.")
        }
    }
}
