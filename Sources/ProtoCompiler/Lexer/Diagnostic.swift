/// One error found in a file, at protoc's 0-based line and column (`line` is -1 when the
/// error has no place in the text, as protoc prints `file: message` then).
public struct Diagnostic: Sendable, Equatable {
    public var line: Int32
    public var column: Int32
    public var message: String

    public init(line: Int32, column: Int32, _ message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    public init(at token: Token, _ message: String) {
        self.init(line: token.line, column: token.column, message)
    }
}
