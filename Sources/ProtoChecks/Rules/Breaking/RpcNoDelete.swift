import ProtoSchema

struct RpcNoDelete: ServicePairRule {
    static let info = RuleInfo(id: "RPC_NO_DELETE", categories: ["FILE", "PACKAGE"], isDefault: true,
                               purpose: "RPCs stay in their service.")

    func check(previous: SchemaService, current: SchemaService, _ context: BreakingContext) {
        let kept = Set(current.methods.map(\.name))
        for method in previous.methods where !kept.contains(method.name) {
            context.report(current, "Previously present RPC \"\(method.name)\" on service \"\(current.name)\" was deleted.")
        }
    }
}
