import ProtoSchema

extension BreakingContext {
    /// Reports at a deeper part of an element of the current schema (an option:
    /// `[DescriptorPath.Field.options, 6]`; `[]` for the element), falling back as
    /// `SchemaElement.placement(ofPath:)` does, so map keys and values are placed like buf places them.
    public func report(_ element: SchemaElement, path suffix: [Int32], _ message: String) {
        report(element, at: element.placement(ofPath: suffix), message)
    }

    /// Reports about an element at a place found elsewhere in its file (a file option that
    /// decides the element's behaviour); nil puts it at the file's first line.
    public func report(_ element: SchemaElement, at span: SourceSpan?, _ message: String) {
        findings.append(CheckFinding(rule: rule, filePath: element.file.path, span: span, message: message, element: element))
    }
}
