import ProtoSchema

struct EnumNoAllowAlias: EnumLintRule {
    static let info = RuleInfo(id: "ENUM_NO_ALLOW_ALIAS", categories: ["BASIC", "STANDARD"], isDefault: true,
                               purpose: "Enums do not set allow_alias: one number, one name.")

    /// `allow_alias` is field 2 of EnumOptions.
    static let allowAliasPath: [Int32] = [DescriptorPath.Enum.options, 2]

    func check(_ enumeration: SchemaEnum, _ context: LintContext) {
        guard enumeration.allowsAlias else { return }
        context.report(DescriptorPart(enumeration, suffix: Self.allowAliasPath),
                       "Enum option \"allow_alias\" on enum \(enumeration.name.goQuoted) must be false.")
    }
}
