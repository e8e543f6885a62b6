import ProtoSchema

struct EnumNoAllowAlias: EnumLintRule {
    static let info = RuleInfo(id: "ENUM_NO_ALLOW_ALIAS", categories: ["BASIC", "STANDARD"], isDefault: true,
                               purpose: "Enums do not set allow_alias: one number, one name.")

    /// `allow_alias` is field 2 of EnumOptions.
    static let allowAliasPath: [Int32] = [DescriptorPath.Enum.options, 2]

    func check(_ enumeration: SchemaEnum, _ context: LintContext) {
        guard enumeration.allowsAlias else { return }
        context.report(DescriptorPart(enumeration, suffix: Self.allowAliasPath),
                       "Enum \"\(enumeration.name)\" sets the option \"allow_alias\"; it must be false or unset.")
    }
}
