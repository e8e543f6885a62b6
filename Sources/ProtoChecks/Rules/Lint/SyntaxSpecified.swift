import ProtoSchema

struct SyntaxSpecified: FileLintRule {
    static let info = RuleInfo(id: "SYNTAX_SPECIFIED", categories: ["BASIC", "STANDARD"], isDefault: true,
                               purpose: "Every file states its syntax or edition instead of falling back to proto2.")

    func check(_ file: SchemaFile, _ context: LintContext) {
        // protoc leaves `syntax` empty for proto2 whether or not the file says so; only the
        // source info tells a written `syntax = "proto2";` from none. Without source info there
        // is no telling, and no finding.
        guard file.descriptor.syntax.isEmpty, file.hasSourceInfo,
              file.span(of: DescriptorPath.File.syntax) == nil else { return }
        context.report(file, "Files must have a syntax explicitly specified. If no syntax is specified, the file defaults to \"proto2\".")
    }
}
