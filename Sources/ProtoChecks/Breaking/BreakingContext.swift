import ProtoSchema

/// What a breaking rule gets besides its pair: a place to report.
public final class BreakingContext {
    let rule: String
    var findings: [CheckFinding] = []
    /// The current files' texts, when the caller can read them.
    let texts: SourceTexts

    init(rule: String, texts: SourceTexts) {
        self.rule = rule
        self.texts = texts
    }

    /// Reports at an element of the current schema (or one part of it).
    public func report(_ element: SchemaElement, part: Int32? = nil, _ message: String) {
        let span = part.map { element.location(of: $0) } ?? element.location
        findings.append(CheckFinding(rule: rule, filePath: element.file.path, span: span, message: message, element: element))
    }

    /// Reports with no file and no place: what buf does for a deleted file.
    public func reportUnplaced(_ message: String) {
        findings.append(CheckFinding(rule: rule, filePath: "", span: nil, message: message, element: nil))
    }

    /// Reports at a file (of either schema), at one of its statements or with no position.
    public func report(_ file: SchemaFile, part: Int32? = nil, _ message: String) {
        findings.append(CheckFinding(rule: rule, filePath: file.path, span: part.flatMap { file.span(of: $0) },
                                     message: message, element: nil))
    }
}
