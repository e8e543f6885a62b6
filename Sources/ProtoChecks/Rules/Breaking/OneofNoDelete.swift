import ProtoSchema

struct OneofNoDelete: MessagePairRule {
    static let info = RuleInfo(id: "ONEOF_NO_DELETE", categories: ["CSR", "FILE", "PACKAGE"], isDefault: true,
                               purpose: "Oneofs stay in their message (the synthetic oneof of a proto3 optional field is not one).")

    func check(previous: SchemaMessage, current: SchemaMessage, _ context: BreakingContext) {
        let kept = Set(current.oneofs.map(\.name))
        for oneof in previous.oneofs where !oneof.isSynthetic && !kept.contains(oneof.name) {
            context.report(current, "Previously present oneof \"\(oneof.name)\" on message \"\(current.name)\" was deleted.")
        }
    }
}
