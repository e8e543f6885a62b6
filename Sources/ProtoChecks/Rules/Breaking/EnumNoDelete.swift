import ProtoSchema

struct EnumNoDelete: FilePairRule {
    static let info = RuleInfo(id: "ENUM_NO_DELETE", categories: ["CSR", "FILE"], isDefault: true,
                               purpose: "Enums, nested ones included, stay in their file.")

    func check(previous: SchemaFile, current: SchemaFile?, _ context: BreakingContext) {
        guard let current else { return }
        let kept = Set(NestedNames.enums(current))
        let messages = NestedNames.messageIndex([current])
        for name in NestedNames.enums(previous) where !kept.contains(name) {
            context.reportDeleted(name, messages: messages, file: current, "Previously present enum \"\(name)\" was deleted from file.")
        }
    }
}
