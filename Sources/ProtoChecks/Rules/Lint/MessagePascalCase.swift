import ProtoSchema

struct MessagePascalCase: MessageLintRule {
    static let info = RuleInfo(id: "MESSAGE_PASCAL_CASE", categories: ["BASIC", "STANDARD"], isDefault: true,
                               purpose: "Message names are PascalCase.")

    func check(_ message: SchemaMessage, _ context: LintContext) {
        let expected = NameStyle.pascal(message.name)
        if message.name != expected {
            context.report(message, part: DescriptorPath.Message.name,
                           "Message name \(message.name.goQuoted) should be PascalCase, such as \(expected.goQuoted).")
        }
    }
}
