import ProtoSchema

struct FieldNoDeleteUnlessNumberReserved: MessagePairRule {
    static let info = RuleInfo(id: "FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED", categories: ["CSR", "WIRE_JSON", "WIRE"], isDefault: false,
                               purpose: "A field is deleted only with its number reserved, so the number is never reused.")

    func check(previous: SchemaMessage, current: SchemaMessage, _ context: BreakingContext) {
        let reserved = current.reservedRanges
        for field in DeletedNumbers.fields(previous: previous, current: current) where !reserved.contains(where: { $0.contains(field.number) }) {
            context.report(current, "Previously present field \"\(field.number)\" with name \"\(field.name)\" on message \"\(current.name)\" was deleted without reserving the number \"\(field.number)\".")
        }
    }
}
