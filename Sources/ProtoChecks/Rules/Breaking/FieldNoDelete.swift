import ProtoSchema

struct FieldNoDelete: MessagePairRule {
    static let info = RuleInfo(id: "FIELD_NO_DELETE", categories: ["CSR", "FILE", "PACKAGE"], isDefault: true,
                               purpose: "Message fields are not deleted.")

    func check(previous: SchemaMessage, current: SchemaMessage, _ context: BreakingContext) {
        for field in previous.fields where current.field(number: field.number) == nil {
            context.report(current, "Previously present field \"\(field.number)\" with name \"\(field.name)\" on message \"\(current.name)\" was deleted.")
        }
    }
}
