import ProtoSchema

struct MessageNoDelete: FilePairRule {
    static let info = RuleInfo(id: "MESSAGE_NO_DELETE", categories: ["CSR", "FILE"], isDefault: true,
                               purpose: "Messages, nested ones and map entries included, stay in their file.")

    func check(previous: SchemaFile, current: SchemaFile?, _ context: BreakingContext) {
        guard let current else { return }
        let kept = NestedNames.messageIndex([current])
        for (name, _) in NestedNames.messages(previous) where kept[name] == nil {
            context.reportDeleted(name, messages: kept, file: current, "Previously present message \"\(name)\" was deleted from file.")
        }
    }
}
