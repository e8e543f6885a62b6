import ProtoSchema

struct RpcResponseStandardName: MethodLintRule {
    static let info = RuleInfo(id: "RPC_RESPONSE_STANDARD_NAME", categories: ["STANDARD"], isDefault: true,
                               purpose: "RPC response types are named after the RPC: <Rpc>Response or <Service><Rpc>Response.")

    func check(_ method: SchemaMethod, _ context: LintContext) {
        if context.config.rpcAllowGoogleProtobufEmptyResponses, method.outputType == "google.protobuf.Empty" { return }
        // Only the type's own name counts: where it is declared (nested, another package) does not.
        let name = method.outputType.split(separator: ".").last.map(String.init) ?? method.outputType
        // The RPC and service names as PascalCase, as written in message names (`get_user` → `GetUser`).
        let rpc = NameStyle.pascal(method.name)
        let short = "\(rpc)Response", long = "\(NameStyle.pascal(method.service.name))\(rpc)Response"
        if name != short && name != long {
            context.report(method, part: DescriptorPath.Method.outputType,
                           "RPC response type \(name.goQuoted) should be named \(short.goQuoted) or \(long.goQuoted).")
        }
    }
}
