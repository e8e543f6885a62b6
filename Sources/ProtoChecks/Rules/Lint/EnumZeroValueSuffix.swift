import ProtoSchema

struct EnumZeroValueSuffix: EnumValueLintRule {
    static let info = RuleInfo(id: "ENUM_ZERO_VALUE_SUFFIX", categories: ["STANDARD"], isDefault: true,
                               purpose: "Enum zero values end with a fixed suffix (enum_zero_value_suffix, by default _UNSPECIFIED).")

    func check(_ value: SchemaEnumValue, _ context: LintContext) {
        // Aliases of zero are zero values too, so every value numbered 0 is checked.
        guard value.number == 0 else { return }
        // An empty setting means the default, as in buf.
        let suffix = context.config.enumZeroValueSuffix.isEmpty ? "_UNSPECIFIED" : context.config.enumZeroValueSuffix
        if !value.name.hasSuffix(suffix) {
            context.report(value, part: DescriptorPath.EnumValue.name,
                           "Enum zero value name \(value.name.goQuoted) should be suffixed with \(suffix.goQuoted).")
        }
    }
}
