import ProtoSchema

/// Clients send the request type by full name in generated code and in reflection.
struct RpcSameRequestType: MethodPairRule {
    static let info = RuleInfo(id: "RPC_SAME_REQUEST_TYPE", categories: ["CSR", "FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
                               isDefault: true, purpose: "RPCs keep their request type.")

    func check(previous: SchemaMethod, current: SchemaMethod, _ context: BreakingContext) {
        guard previous.inputType != current.inputType else { return }
        context.report(current, path: [DescriptorPath.Method.inputType], "RPC \"\(current.name)\" on service \"\(current.service.name)\" "
                       + "changed request type from \"\(previous.inputType)\" to \"\(current.inputType)\".")
    }
}
