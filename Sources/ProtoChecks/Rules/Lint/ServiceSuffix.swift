import ProtoSchema

struct ServiceSuffix: ServiceLintRule {
    static let info = RuleInfo(id: "SERVICE_SUFFIX", categories: ["STANDARD"], isDefault: true,
                               purpose: "Service names end with a fixed suffix (service_suffix, by default Service).")

    func check(_ service: SchemaService, _ context: LintContext) {
        // An empty setting means the default, as in buf.
        let suffix = context.config.serviceSuffix.isEmpty ? "Service" : context.config.serviceSuffix
        if !service.name.hasSuffix(suffix) {
            context.report(service, part: DescriptorPath.Service.name,
                           "Service name \(service.name.goQuoted) should be suffixed with \(suffix.goQuoted).")
        }
    }
}
