/// A place in a source file, 1-based as people and editors count (descriptors count from 0).
public struct SourceSpan: Hashable, Sendable, CustomStringConvertible {
    public var startLine: Int
    public var startColumn: Int
    public var endLine: Int
    public var endColumn: Int

    public init(startLine: Int, startColumn: Int, endLine: Int, endColumn: Int) {
        self.startLine = startLine
        self.startColumn = startColumn
        self.endLine = endLine
        self.endColumn = endColumn
    }

    /// From a descriptor span: [line, col, endCol] or [line, col, endLine, endCol], 0-based.
    init?(descriptorSpan span: [Int32]) {
        guard span.count == 3 || span.count == 4 else { return nil }
        startLine = Int(span[0]) + 1
        startColumn = Int(span[1]) + 1
        endLine = Int(span.count == 4 ? span[2] : span[0]) + 1
        endColumn = Int(span.count == 4 ? span[3] : span[2]) + 1
    }

    public var description: String { "\(startLine):\(startColumn)" }
}
