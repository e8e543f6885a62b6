/// `enum Name { ... }`.
public final class EnumNode {
    public var visibility: Token?
    public var keyword: Token
    public var name = ""
    public var nameToken = Token.none
    public var open = Token.none
    public var close = Token.none
    public var elements: [EnumElement] = []
    public var comments = CommentBlock()

    init(keyword: Token, visibility: Token?) {
        self.keyword = keyword
        self.visibility = visibility
    }
}
