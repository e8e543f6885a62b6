import ProtoSchema

/// A required field must be sent and must be understood: adding one breaks old writers, removing
/// one breaks old readers.
struct MessageSameRequiredFields: MessagePairRule {
    static let info = RuleInfo(id: "MESSAGE_SAME_REQUIRED_FIELDS", categories: ["CSR", "FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
                               isDefault: true, purpose: "Messages neither gain nor lose required fields.")

    static let why = "Required fields must always be sent, so if one side does not know about the required field, "
        + "this will result in a breakage."

    func check(previous: SchemaMessage, current: SchemaMessage, _ context: BreakingContext) {
        let before = Set(previous.fields.filter { $0.label == .required }.map(\.number))
        let added = current.fields.filter { $0.label == .required }
        let after = Set(added.map(\.number))
        for number in before.subtracting(after).sorted() {
            context.report(current, path: [], "Message \(current.name.goQuoted) had required field \"\(number)\" deleted. \(Self.why)")
        }
        for field in added where !before.contains(field.number) {
            context.report(field, path: [], "Message \(current.name.goQuoted) had required field \"\(field.number)\" added. \(Self.why)")
        }
    }
}
