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

    public func finding(displayPath: (String) -> String) -> Finding {
        Finding(path: displayPath(filePath), startLine: span?.startLine ?? 0, startColumn: span?.startColumn ?? 0,
                endLine: span?.endLine ?? 0, endColumn: span?.endColumn ?? 0, type: rule, message: message)
    }
}
