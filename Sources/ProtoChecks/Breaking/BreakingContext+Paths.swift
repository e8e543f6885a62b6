import ProtoSchema

extension BreakingContext {
    /// Reports at a statement of `file` that a path of several components locates (a file
    /// option: `[DescriptorPath.File.options, 11]`); at the start of the file when the statement
    /// is not written there, as buf does.
    func report(_ file: SchemaFile, path: [Int32], _ message: String) {
        findings.append(CheckFinding(rule: rule, filePath: file.path, span: file.span(path), message: message, element: nil))
    }
}
