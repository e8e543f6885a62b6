import ProtoSchema

struct EnumFirstValueZero: EnumLintRule {
    static let info = RuleInfo(id: "ENUM_FIRST_VALUE_ZERO", categories: ["BASIC", "STANDARD"], isDefault: true,
                               purpose: "The first value of every enum is numbered 0, the default a reader sees.")

    func check(_ enumeration: SchemaEnum, _ context: LintContext) {
        guard let first = enumeration.values.first, first.number != 0 else { return }
        context.report(first, part: DescriptorPath.EnumValue.number,
                       "First enum value \(first.name.goQuoted) should have a numeric value of 0")
    }
}
