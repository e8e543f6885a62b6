import ProtoSchema

struct PackageSameJavaPackage: PackageLintRule {
    static let info = RuleInfo(id: "PACKAGE_SAME_JAVA_PACKAGE", categories: ["BASIC", "STANDARD"], isDefault: true,
                               purpose: "All files of a package give the same java_package option.")

    static let agreement = PackageOptionAgreement(option: "java_package", number: 1) { $0.hasJavaPackage ? $0.javaPackage : nil }

    func check(package: String, files: [SchemaFile], _ context: LintContext) {
        Self.agreement.check(package: package, files: files, context)
    }
}
