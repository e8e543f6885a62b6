import ProtoSchema

struct EnumPascalCase: EnumLintRule {
    static let info = RuleInfo(id: "ENUM_PASCAL_CASE", categories: ["BASIC", "STANDARD"], isDefault: true,
                               purpose: "Enum names are PascalCase.")

    func check(_ enumeration: SchemaEnum, _ context: LintContext) {
        let expected = NameStyle.pascal(enumeration.name)
        if enumeration.name != expected {
            context.report(enumeration, part: DescriptorPath.Enum.name,
                           "Enum name \(enumeration.name.goQuoted) should be PascalCase, such as \(expected.goQuoted).")
        }
    }
}
