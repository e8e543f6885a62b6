import ProtoSchema
import ProtopkgBasics

/// A finding as a rule reports it: the file by import path, and the element it is about (whose
/// comments may ignore it). Turned into a `Finding` once paths are mapped for display.
public struct CheckFinding {
    public var rule: String
    public var filePath: String
    public var span: SourceSpan?
    public var message: String
    /// The element the finding is about, for comment ignores; nil for file-level findings.
    public var element: SchemaElement?

    /// A finding with no place is put at 1:1, as buf does; one with no file keeps an empty path.
    /// With the file's text, columns are buf's (see `SourceText`); without it, protoc's.
    public func finding(displayPath: (String) -> String) -> Finding { finding(displayPath: displayPath, texts: nil) }

    func finding(displayPath: (String) -> String, texts: SourceTexts?) -> Finding {
        let span = self.span.map { span in texts?.text(filePath).map { $0.bufSpan(span) } ?? span }
        return Finding(path: filePath.isEmpty ? "" : displayPath(filePath), startLine: span?.startLine ?? 1,
                startColumn: span?.startColumn ?? 1, endLine: span?.endLine ?? 1, endColumn: span?.endColumn ?? 1,
                type: rule, message: message)
    }
}
