import ProtoSchema

struct ServicePascalCase: ServiceLintRule {
    static let info = RuleInfo(id: "SERVICE_PASCAL_CASE", categories: ["BASIC", "STANDARD"], isDefault: true,
                               purpose: "Service names are PascalCase.")

    func check(_ service: SchemaService, _ context: LintContext) {
        let expected = NameStyle.pascal(service.name)
        if service.name != expected {
            context.report(service, part: DescriptorPath.Service.name,
                           "Service name \(service.name.goQuoted) should be PascalCase, such as \(expected.goQuoted).")
        }
    }
}
