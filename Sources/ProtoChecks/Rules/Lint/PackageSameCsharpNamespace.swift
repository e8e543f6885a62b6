import ProtoSchema

struct PackageSameCsharpNamespace: PackageLintRule {
    static let info = RuleInfo(id: "PACKAGE_SAME_CSHARP_NAMESPACE", categories: ["BASIC", "STANDARD"], isDefault: true,
                               purpose: "All files of a package give the same csharp_namespace option.")

    static let agreement = PackageOptionAgreement(option: "csharp_namespace", number: 37) { $0.hasCsharpNamespace ? $0.csharpNamespace : nil }

    func check(package: String, files: [SchemaFile], _ context: LintContext) {
        Self.agreement.check(package: package, files: files, context)
    }
}
