import ProtoSchema

struct FileSameSyntax: FilePairRule {
    static let info = RuleInfo(id: "FILE_SAME_SYNTAX", categories: ["CSR", "FILE", "PACKAGE"], isDefault: true,
                               purpose: "Files keep their syntax (proto2, proto3 or editions).")

    func check(previous: SchemaFile, current: SchemaFile?, _ context: BreakingContext) {
        guard let current, previous.syntax != current.syntax else { return }
        // An editions file declares `edition = ...` instead of `syntax = ...`.
        let statement = current.span(of: DescriptorPath.File.syntax) == nil ? DescriptorPath.File.edition : DescriptorPath.File.syntax
        context.report(current, part: statement, "File syntax changed from \"\(previous.syntax)\" to \"\(current.syntax)\".")
    }
}
