import ProtoSchema

struct EnumValueNoDeleteUnlessNumberReserved: EnumPairRule {
    static let info = RuleInfo(id: "ENUM_VALUE_NO_DELETE_UNLESS_NUMBER_RESERVED", categories: ["CSR", "WIRE_JSON", "WIRE"], isDefault: false,
                               purpose: "An enum value is deleted only with its number reserved, so the number is never reused.")

    func check(previous: SchemaEnum, current: SchemaEnum, _ context: BreakingContext) {
        let reserved = current.reservedRanges
        for (number, _) in DeletedNumbers.enumValues(previous: previous, current: current) where !reserved.contains(where: { $0.contains(number) }) {
            context.report(current, "Previously present enum value \"\(number)\" on enum \"\(current.name)\" was deleted without reserving the number \"\(number)\".")
        }
    }
}
