import ProtoPackaging
import ProtoSchema

/// What a lint rule gets besides its element: the configuration and a place to report.
public final class LintContext {
    public let config: LintConfig
    public let schema: Schema
    let rule: String
    var findings: [CheckFinding] = []
    /// The texts of files, when the caller can read them (to place findings inside option
    /// values, where protoc records no places).
    private let texts: SourceTexts

    init(config: LintConfig, schema: Schema, rule: String, texts: SourceTexts) {
        self.config = config
        self.schema = schema
        self.rule = rule
        self.texts = texts
    }

    func sourceText(_ file: SchemaFile) -> SourceText? { texts.text(file.path) }

    /// Reports at the element, or at one part of it (`DescriptorPath.Field.name`, ...).
    public func report(_ element: SchemaElement, part: Int32? = nil, _ message: String) {
        let span = part.map { element.location(of: $0) } ?? element.location
        findings.append(CheckFinding(rule: rule, filePath: element.file.path, span: span, message: message, element: element))
    }

    /// Reports about an element at a span found elsewhere (inside one of its option values).
    public func report(_ element: SchemaElement, at span: SourceSpan?, _ message: String) {
        findings.append(CheckFinding(rule: rule, filePath: element.file.path, span: span, message: message, element: element))
    }

    /// Reports at a file-level statement (`DescriptorPath.File.package`, `.syntax`), where a
    /// comment on that statement can ignore it (as buf allows), or at the file itself (1:1).
    public func report(_ file: SchemaFile, part: Int32? = nil, _ message: String) {
        guard let part else {
            findings.append(CheckFinding(rule: rule, filePath: file.path, span: nil, message: message, element: nil))
            return
        }
        let statement = DescriptorPart(file, path: [part])
        findings.append(CheckFinding(rule: rule, filePath: file.path, span: file.span([part]), message: message, element: statement))
    }
}
