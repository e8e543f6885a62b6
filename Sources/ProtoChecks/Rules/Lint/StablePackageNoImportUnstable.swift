import ProtoSchema

struct StablePackageNoImportUnstable: FileLintRule {
    static let info = RuleInfo(id: "STABLE_PACKAGE_NO_IMPORT_UNSTABLE", categories: [], isDefault: false,
                               purpose: "Files of stable packages (v1) do not import files of unstable ones (v1beta1, v1alpha, v1test).")

    func check(_ file: SchemaFile, _ context: LintContext) {
        // Only a package with a well-formed stable version is held to this; unversioned
        // packages promise nothing.
        guard let version = PackageVersion(package: file.package), version.isStable else { return }
        for dependency in file.imports {
            guard let imported = context.schema.filesByPath[dependency.importPath],
                  let theirs = PackageVersion(package: imported.package), !theirs.isStable else { continue }
            context.report(dependency, "This file is in stable package \(file.package.goQuoted), so it should not depend on "
                           + "\(dependency.importPath.goQuoted) from unstable package \(imported.package.goQuoted).")
        }
    }
}
