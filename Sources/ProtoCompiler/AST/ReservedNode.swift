/// `reserved 1, 2 to 5;` or `reserved "a", "b";` (identifiers in editions).
public final class ReservedNode {
    public var keyword: Token
    public var ranges: [RangeNode] = []
    public var names: [ReservedName] = []
    public var semicolon = Token.none
    public var comments = CommentBlock()

    init(keyword: Token) { self.keyword = keyword }
}
