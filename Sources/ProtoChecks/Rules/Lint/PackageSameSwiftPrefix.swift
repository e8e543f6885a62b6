import ProtoSchema

struct PackageSameSwiftPrefix: PackageLintRule {
    static let info = RuleInfo(id: "PACKAGE_SAME_SWIFT_PREFIX", categories: ["BASIC", "STANDARD"], isDefault: true,
                               purpose: "All files of a package give the same swift_prefix option.")

    static let agreement = PackageOptionAgreement(option: "swift_prefix", number: 39) { $0.hasSwiftPrefix ? $0.swiftPrefix : nil }

    func check(package: String, files: [SchemaFile], _ context: LintContext) {
        Self.agreement.check(package: package, files: files, context)
    }
}
