import ProtoSchema

struct RpcRequestStandardName: MethodLintRule {
    static let info = RuleInfo(id: "RPC_REQUEST_STANDARD_NAME", categories: ["STANDARD"], isDefault: true,
                               purpose: "RPC request types are named after the RPC: <Rpc>Request or <Service><Rpc>Request.")

    func check(_ method: SchemaMethod, _ context: LintContext) {
        if context.config.rpcAllowGoogleProtobufEmptyRequests, method.inputType == "google.protobuf.Empty" { return }
        // Only the type's own name counts: where it is declared (nested, another package) does not.
        let name = method.inputType.split(separator: ".").last.map(String.init) ?? method.inputType
        // The RPC and service names as PascalCase, as written in message names (`get_user` → `GetUser`).
        let rpc = NameStyle.pascal(method.name)
        let short = "\(rpc)Request", long = "\(NameStyle.pascal(method.service.name))\(rpc)Request"
        if name != short && name != long {
            context.report(method, part: DescriptorPath.Method.inputType,
                           "RPC request type \(name.goQuoted) should be named \(short.goQuoted) or \(long.goQuoted).")
        }
    }
}
