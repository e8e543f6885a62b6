import ProtoSchema

struct PackageDefined: FileLintRule {
    static let info = RuleInfo(id: "PACKAGE_DEFINED", categories: ["MINIMAL", "BASIC", "STANDARD"], isDefault: true,
                               purpose: "Every file declares a package.")

    func check(_ file: SchemaFile, _ context: LintContext) {
        if file.package.isEmpty {
            context.report(file, "Files must have a package defined.")
        }
    }
}
