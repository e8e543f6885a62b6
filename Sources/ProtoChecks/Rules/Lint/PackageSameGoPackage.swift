import ProtoSchema

struct PackageSameGoPackage: PackageLintRule {
    static let info = RuleInfo(id: "PACKAGE_SAME_GO_PACKAGE", categories: ["BASIC", "STANDARD"], isDefault: true,
                               purpose: "All files of a package give the same go_package option.")

    static let agreement = PackageOptionAgreement(option: "go_package", number: 11) { $0.hasGoPackage ? $0.goPackage : nil }

    func check(package: String, files: [SchemaFile], _ context: LintContext) {
        Self.agreement.check(package: package, files: files, context)
    }
}
