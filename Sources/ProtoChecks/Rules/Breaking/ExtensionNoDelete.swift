import ProtoSchema

struct ExtensionNoDelete: FilePairRule {
    static let info = RuleInfo(id: "EXTENSION_NO_DELETE", categories: ["FILE"], isDefault: true,
                               purpose: "Extensions, by name within their scope, stay in their file.")

    func check(previous: SchemaFile, current: SchemaFile?, _ context: BreakingContext) {
        guard let current else { return }
        let kept = Set(NestedNames.extensions(current))
        let messages = NestedNames.messageIndex([current])
        for name in NestedNames.extensions(previous) where !kept.contains(name) {
            context.reportDeleted(name, messages: messages, file: current, "Previously present extension \"\(name)\" was deleted from file.")
        }
    }
}
