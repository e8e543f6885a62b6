import ProtoSchema

struct CommentService: ServiceLintRule {
    static let info = RuleInfo(id: "COMMENT_SERVICE", categories: ["COMMENTS"], isDefault: false,
                               purpose: "Services have a leading comment that documents them.")

    func check(_ service: SchemaService, _ context: LintContext) {
        if !DocComment.isDocumented(service) {
            context.report(service, "Service \(service.name.goQuoted) should have a non-empty comment for documentation.")
        }
    }
}
