import ProtoSchema

struct CommentMessage: MessageLintRule {
    static let info = RuleInfo(id: "COMMENT_MESSAGE", categories: ["COMMENTS"], isDefault: false,
                               purpose: "Messages have a leading comment that documents them.")

    func check(_ message: SchemaMessage, _ context: LintContext) {
        if !DocComment.isDocumented(message) {
            context.report(message, "Message \(message.name.goQuoted) should have a non-empty comment for documentation.")
        }
    }
}
