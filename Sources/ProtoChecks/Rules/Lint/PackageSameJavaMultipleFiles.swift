import ProtoSchema

struct PackageSameJavaMultipleFiles: PackageLintRule {
    static let info = RuleInfo(id: "PACKAGE_SAME_JAVA_MULTIPLE_FILES", categories: ["BASIC", "STANDARD"], isDefault: true,
                               purpose: "All files of a package give the same java_multiple_files option.")

    static let agreement = PackageOptionAgreement(option: "java_multiple_files", number: 10) { $0.hasJavaMultipleFiles ? String($0.javaMultipleFiles) : nil }

    func check(package: String, files: [SchemaFile], _ context: LintContext) {
        Self.agreement.check(package: package, files: files, context)
    }
}
