import ProtoSchema

struct FileNoDelete: FilePairRule {
    static let info = RuleInfo(id: "FILE_NO_DELETE", categories: ["CSR", "FILE"], isDefault: true,
                               purpose: "Files are not deleted.")

    func check(previous: SchemaFile, current: SchemaFile?, _ context: BreakingContext) {
        if current == nil {
            context.reportUnplaced("Previously present file \"\(previous.path)\" was deleted.")
        }
    }
}
