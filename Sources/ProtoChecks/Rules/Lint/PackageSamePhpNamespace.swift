import ProtoSchema

struct PackageSamePhpNamespace: PackageLintRule {
    static let info = RuleInfo(id: "PACKAGE_SAME_PHP_NAMESPACE", categories: ["BASIC", "STANDARD"], isDefault: true,
                               purpose: "All files of a package give the same php_namespace option.")

    static let agreement = PackageOptionAgreement(option: "php_namespace", number: 41) { $0.hasPhpNamespace ? $0.phpNamespace : nil }

    func check(package: String, files: [SchemaFile], _ context: LintContext) {
        Self.agreement.check(package: package, files: files, context)
    }
}
