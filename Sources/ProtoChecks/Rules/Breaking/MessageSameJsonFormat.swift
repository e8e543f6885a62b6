import ProtoSchema

/// A message that JSON supported fully (proto3) must not fall back to best-effort support (proto2).
struct MessageSameJsonFormat: MessagePairRule {
    static let info = RuleInfo(id: "MESSAGE_SAME_JSON_FORMAT", categories: ["CSR", "FILE", "PACKAGE", "WIRE_JSON"], isDefault: true,
                               purpose: "Messages keep full JSON support.")

    func check(previous: SchemaMessage, current: SchemaMessage, _ context: BreakingContext) {
        let (before, after) = (ResolvedFeatures(previous).jsonFormat, ResolvedFeatures(current).jsonFormat)
        guard before == .allow, after != .allow else { return }
        let change = "from \(ResolvedFeatures.name(before)) to \(ResolvedFeatures.name(after))"
        // Where an editions file sets `features.json_format` on the message; else the message.
        context.report(current, path: [DescriptorPath.Message.options, 12, 6], "Message \"\(current.name)\" JSON format support changed \(change).")
    }
}
