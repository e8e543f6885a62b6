import ProtoSchema

struct PackageSameRubyPackage: PackageLintRule {
    static let info = RuleInfo(id: "PACKAGE_SAME_RUBY_PACKAGE", categories: ["BASIC", "STANDARD"], isDefault: true,
                               purpose: "All files of a package give the same ruby_package option.")

    static let agreement = PackageOptionAgreement(option: "ruby_package", number: 45) { $0.hasRubyPackage ? $0.rubyPackage : nil }

    func check(package: String, files: [SchemaFile], _ context: LintContext) {
        Self.agreement.check(package: package, files: files, context)
    }
}
