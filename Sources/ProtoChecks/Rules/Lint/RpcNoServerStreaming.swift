import ProtoSchema

struct RpcNoServerStreaming: MethodLintRule {
    static let info = RuleInfo(id: "RPC_NO_SERVER_STREAMING", categories: ["UNARY_RPC"], isDefault: false,
                               purpose: "RPCs do not stream responses.")

    func check(_ method: SchemaMethod, _ context: LintContext) {
        if method.serverStreaming {
            context.report(method, "RPC \(method.name.goQuoted) is server streaming.")
        }
    }
}
