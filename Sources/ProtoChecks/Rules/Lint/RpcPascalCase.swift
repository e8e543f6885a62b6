import ProtoSchema

struct RpcPascalCase: MethodLintRule {
    static let info = RuleInfo(id: "RPC_PASCAL_CASE", categories: ["BASIC", "STANDARD"], isDefault: true,
                               purpose: "RPC names are PascalCase.")

    func check(_ method: SchemaMethod, _ context: LintContext) {
        let expected = NameStyle.pascal(method.name)
        if method.name != expected {
            context.report(method, part: DescriptorPath.Method.name,
                           "RPC name \(method.name.goQuoted) should be PascalCase, such as \(expected.goQuoted).")
        }
    }
}
