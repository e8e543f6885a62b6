/// `import "x.proto";`, `import public ...`, `import weak ...` or `import option ...`.
public final class ImportNode {
    public enum Kind: Sendable { case plain, publicImport, weak, option }
    public var keyword: Token
    public var kind: Kind = .plain
    public var modifier: Token?
    public var path = ""
    public var pathToken = Token.none
    public var semicolon = Token.none
    public var comments = CommentBlock()

    init(keyword: Token) { self.keyword = keyword }
}
