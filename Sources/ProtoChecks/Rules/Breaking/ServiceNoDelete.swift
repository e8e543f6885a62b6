import ProtoSchema

struct ServiceNoDelete: FilePairRule {
    static let info = RuleInfo(id: "SERVICE_NO_DELETE", categories: ["FILE"], isDefault: true,
                               purpose: "Services stay in their file.")

    func check(previous: SchemaFile, current: SchemaFile?, _ context: BreakingContext) {
        guard let current else { return }
        let kept = Set(NestedNames.services(current))
        for name in NestedNames.services(previous) where !kept.contains(name) {
            context.report(current, "Previously present service \"\(name)\" was deleted from file.")
        }
    }
}
