import ProtoSchema

struct EnumValueNoDelete: EnumPairRule {
    static let info = RuleInfo(id: "ENUM_VALUE_NO_DELETE", categories: ["CSR", "FILE", "PACKAGE"], isDefault: true,
                               purpose: "Enum values stay in their enum (an alias keeps its number alive).")

    func check(previous: SchemaEnum, current: SchemaEnum, _ context: BreakingContext) {
        for (number, _) in DeletedNumbers.enumValues(previous: previous, current: current) {
            context.report(current, "Previously present enum value \"\(number)\" on enum \"\(current.name)\" was deleted.")
        }
    }
}
