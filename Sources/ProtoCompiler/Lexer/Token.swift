/// One token of a `.proto` file, as protoc's tokenizer cuts them. Positions are protoc's:
/// 0-based lines and columns counted in bytes, a tab advancing to the next multiple of 8.
/// The text is not copied: `offset` and `length` point into the file's bytes.
public struct Token: Sendable, Equatable {
    public var kind: TokenKind
    public var offset: Int32
    public var length: Int32
    public var line: Int32
    public var column: Int32
    public var endColumn: Int32

    public init(kind: TokenKind, offset: Int32, length: Int32, line: Int32, column: Int32, endColumn: Int32) {
        self.kind = kind
        self.offset = offset
        self.length = length
        self.line = line
        self.column = column
        self.endColumn = endColumn
    }

    static let none = Token(kind: .start, offset: 0, length: 0, line: 0, column: 0, endColumn: 0)

    public var end: Int { Int(offset) + Int(length) }
}
