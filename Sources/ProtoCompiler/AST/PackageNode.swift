/// `package a.b.c;`
public final class PackageNode {
    public var keyword: Token
    public var name = ""
    /// The first and last tokens of the dotted name.
    public var nameStart = Token.none
    public var nameEnd = Token.none
    public var semicolon = Token.none
    public var comments = CommentBlock()

    init(keyword: Token) { self.keyword = keyword }
}
