import ProtoSchema

struct EnumValueNoDeleteUnlessNameReserved: EnumPairRule {
    static let info = RuleInfo(id: "ENUM_VALUE_NO_DELETE_UNLESS_NAME_RESERVED", categories: ["CSR", "WIRE_JSON"], isDefault: false,
                               purpose: "An enum value is deleted only with every name of its number reserved, so JSON keeps parsing.")

    func check(previous: SchemaEnum, current: SchemaEnum, _ context: BreakingContext) {
        let reserved = Set(current.reservedNames)
        for (number, names) in DeletedNumbers.enumValues(previous: previous, current: current) where !names.allSatisfy(reserved.contains) {
            let noun = names.count > 1 ? "names" : "name"
            context.report(current, "Previously present enum value \"\(number)\" on enum \"\(current.name)\" was deleted without reserving the \(noun) \(DeletedNumbers.quoted(names)).")
        }
    }
}
