import ProtoSchema

/// Server streaming changes the call shape in every generated stub.
struct RpcSameServerStreaming: MethodPairRule {
    static let info = RuleInfo(id: "RPC_SAME_SERVER_STREAMING", categories: ["CSR", "FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
                               isDefault: true, purpose: "RPCs keep their server streaming.")

    func check(previous: SchemaMethod, current: SchemaMethod, _ context: BreakingContext) {
        guard previous.serverStreaming != current.serverStreaming else { return }
        let shape = { (streaming: Bool) in streaming ? "streaming" : "unary" }
        context.report(current, path: [], "RPC \"\(current.name)\" on service \"\(current.service.name)\" changed from server "
                       + "\(shape(previous.serverStreaming)) to server \(shape(current.serverStreaming)).")
    }
}
