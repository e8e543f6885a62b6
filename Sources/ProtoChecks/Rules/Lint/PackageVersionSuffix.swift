import ProtoSchema

struct PackageVersionSuffix: FileLintRule {
    static let info = RuleInfo(id: "PACKAGE_VERSION_SUFFIX", categories: ["STANDARD"], isDefault: true,
                               purpose: "Packages end with a version: v1, v1beta1, v1p1alpha1, v1test (numbers from 1).")

    func check(_ file: SchemaFile, _ context: LintContext) {
        // A file with no package is PACKAGE_DEFINED's business.
        guard !file.package.isEmpty, PackageVersion(package: file.package) == nil else { return }
        context.report(DescriptorPart(file, path: [DescriptorPath.File.package]),
                       "Package name \(file.package.goQuoted) should be suffixed with a correctly formed version, such as \((file.package + ".v1").goQuoted).")
    }
}
