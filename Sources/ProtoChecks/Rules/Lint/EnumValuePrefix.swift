import ProtoSchema

struct EnumValuePrefix: EnumValueLintRule {
    static let info = RuleInfo(id: "ENUM_VALUE_PREFIX", categories: ["STANDARD"], isDefault: true,
                               purpose: "Enum values start with the enum's name in UPPER_SNAKE_CASE and an underscore.")

    func check(_ value: SchemaEnumValue, _ context: LintContext) {
        // Enum values share their enum's scope, so without the prefix two enums of a package
        // could not both have a value named, say, UNKNOWN.
        let prefix = NameStyle.upperSnake(value.enum.name) + "_"
        if !value.name.hasPrefix(prefix) {
            context.report(value, part: DescriptorPath.EnumValue.name,
                           "Enum value name \(value.name.goQuoted) should be prefixed with \(prefix.goQuoted).")
        }
    }
}
