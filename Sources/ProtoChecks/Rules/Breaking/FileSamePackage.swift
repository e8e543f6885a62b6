import ProtoSchema

struct FileSamePackage: FilePairRule {
    static let info = RuleInfo(id: "FILE_SAME_PACKAGE", categories: ["CSR", "FILE", "PACKAGE", "WIRE_JSON", "WIRE"], isDefault: true,
                               purpose: "Files keep their package.")

    func check(previous: SchemaFile, current: SchemaFile?, _ context: BreakingContext) {
        guard let current, previous.package != current.package else { return }
        context.report(current, part: DescriptorPath.File.package,
                       "File package changed from \"\(previous.package)\" to \"\(current.package)\".")
    }
}
