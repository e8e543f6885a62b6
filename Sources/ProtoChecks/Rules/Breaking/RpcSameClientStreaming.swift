import ProtoSchema

/// Client streaming changes the call shape in every generated stub.
struct RpcSameClientStreaming: MethodPairRule {
    static let info = RuleInfo(id: "RPC_SAME_CLIENT_STREAMING", categories: ["CSR", "FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
                               isDefault: true, purpose: "RPCs keep their client streaming.")

    func check(previous: SchemaMethod, current: SchemaMethod, _ context: BreakingContext) {
        guard previous.clientStreaming != current.clientStreaming else { return }
        let shape = { (streaming: Bool) in streaming ? "streaming" : "unary" }
        context.report(current, path: [], "RPC \"\(current.name)\" on service \"\(current.service.name)\" changed from client "
                       + "\(shape(previous.clientStreaming)) to client \(shape(current.clientStreaming)).")
    }
}
