import ProtoSchema

struct ImportNoPublic: FileLintRule {
    static let info = RuleInfo(id: "IMPORT_NO_PUBLIC", categories: ["BASIC", "STANDARD"], isDefault: true,
                               purpose: "Imports are not public: each file imports what it uses.")

    func check(_ file: SchemaFile, _ context: LintContext) {
        for i in file.imports where i.isPublic {
            context.report(i, "Import \(i.importPath.goQuoted) must not be public.")
        }
    }
}
