import ProtoSchema

struct EnumValueUpperSnakeCase: EnumValueLintRule {
    static let info = RuleInfo(id: "ENUM_VALUE_UPPER_SNAKE_CASE", categories: ["BASIC", "STANDARD"], isDefault: true,
                               purpose: "Enum value names are UPPER_SNAKE_CASE.")

    func check(_ value: SchemaEnumValue, _ context: LintContext) {
        let expected = NameStyle.upperSnake(value.name)
        if value.name != expected {
            context.report(value, part: DescriptorPath.EnumValue.name,
                           "Enum value name \(value.name.goQuoted) should be UPPER_SNAKE_CASE, such as \(expected.goQuoted).")
        }
    }
}
