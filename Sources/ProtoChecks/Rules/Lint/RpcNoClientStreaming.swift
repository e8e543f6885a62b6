import ProtoSchema

struct RpcNoClientStreaming: MethodLintRule {
    static let info = RuleInfo(id: "RPC_NO_CLIENT_STREAMING", categories: ["UNARY_RPC"], isDefault: false,
                               purpose: "RPCs do not stream requests.")

    func check(_ method: SchemaMethod, _ context: LintContext) {
        if method.clientStreaming {
            context.report(method, "RPC \(method.name.goQuoted) is client streaming.")
        }
    }
}
