import ProtoSchema

struct ImportUsed: FileLintRule {
    static let info = RuleInfo(id: "IMPORT_USED", categories: ["BASIC", "STANDARD"], isDefault: true,
                               purpose: "Every import is used; an unused one is a dependency for nothing.")

    /// One index of the set's extensions serves every file.
    func run(_ schema: Schema, _ context: LintContext) {
        let usage = ImportUsage(schema)
        for file in schema.files { check(file, usage, context) }
    }

    func check(_ file: SchemaFile, _ context: LintContext) {
        check(file, ImportUsage(context.schema), context)
    }

    private func check(_ file: SchemaFile, _ usage: ImportUsage, _ context: LintContext) {
        for i in usage.unusedImports(of: file) {
            context.report(i, "Import \(i.importPath.goQuoted) is unused.")
        }
    }
}
