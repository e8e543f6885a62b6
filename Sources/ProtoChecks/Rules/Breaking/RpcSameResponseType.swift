import ProtoSchema

/// Clients decode the response type by full name in generated code and in reflection.
struct RpcSameResponseType: MethodPairRule {
    static let info = RuleInfo(id: "RPC_SAME_RESPONSE_TYPE", categories: ["CSR", "FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
                               isDefault: true, purpose: "RPCs keep their response type.")

    func check(previous: SchemaMethod, current: SchemaMethod, _ context: BreakingContext) {
        guard previous.outputType != current.outputType else { return }
        context.report(current, path: [DescriptorPath.Method.outputType], "RPC \"\(current.name)\" on service \"\(current.service.name)\" "
                       + "changed response type from \"\(previous.outputType)\" to \"\(current.outputType)\".")
    }
}
