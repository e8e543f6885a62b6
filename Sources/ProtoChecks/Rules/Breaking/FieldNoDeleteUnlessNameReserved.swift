import ProtoSchema

struct FieldNoDeleteUnlessNameReserved: MessagePairRule {
    static let info = RuleInfo(id: "FIELD_NO_DELETE_UNLESS_NAME_RESERVED", categories: ["CSR", "WIRE_JSON"], isDefault: false,
                               purpose: "A field is deleted only with its name reserved, so JSON keeps parsing.")

    func check(previous: SchemaMessage, current: SchemaMessage, _ context: BreakingContext) {
        let reserved = Set(current.reservedNames)
        for field in DeletedNumbers.fields(previous: previous, current: current) where !reserved.contains(field.name) {
            context.report(current, "Previously present field \"\(field.number)\" with name \"\(field.name)\" on message \"\(current.name)\" was deleted without reserving the name \"\(field.name)\".")
        }
    }
}
