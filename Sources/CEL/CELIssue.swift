/// A problem found while parsing or type-checking a CEL expression: what is wrong, and the
/// offset (in Unicode scalars) into the expression where it was found.
public struct CELIssue: Error, Equatable, Sendable {
    public let message: String
    public let offset: Int

    public init(_ message: String, at offset: Int) {
        self.message = message
        self.offset = offset
    }

    /// The issue in cel-go's layout: the message, then the expression's line with a caret under
    /// the offending column.
    public func rendered(in expression: String) -> String {
        let scalars = Array(expression.unicodeScalars)
        var line = 1
        var lineStart = 0
        for (index, scalar) in scalars.enumerated() where index < offset && scalar == "\n" {
            line += 1
            lineStart = index + 1
        }
        let lineEnd = scalars[lineStart...].firstIndex(of: "\n") ?? scalars.count
        let text = String(String.UnicodeScalarView(scalars[lineStart..<lineEnd]))
        let column = max(0, offset - lineStart)
        return "\(line):\(column + 1): \(message)\n | \(text)\n | \(String(repeating: ".", count: column))^"
    }
}
