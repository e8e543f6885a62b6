import ProtoSchema

/// `no_standard_descriptor_accessor = true` removes the generated `descriptor()` accessor that
/// Java callers may use.
struct MessageNoRemoveStandardDescriptorAccessor: MessagePairRule {
    static let info = RuleInfo(id: "MESSAGE_NO_REMOVE_STANDARD_DESCRIPTOR_ACCESSOR", categories: ["CSR", "FILE", "PACKAGE"],
                               isDefault: true, purpose: "Messages keep their standard descriptor accessor.")

    func check(previous: SchemaMessage, current: SchemaMessage, _ context: BreakingContext) {
        let (before, after) = (previous.descriptor.options, current.descriptor.options)
        guard !before.noStandardDescriptorAccessor, after.noStandardDescriptorAccessor else { return }
        context.report(current, path: [DescriptorPath.Message.options, 2],
                       "Message option \"no_standard_descriptor_accessor\" changed from \"false\" to \"true\".")
    }
}
