/// `service Name { ... }`.
public final class ServiceNode {
    public var keyword: Token
    public var name = ""
    public var nameToken = Token.none
    public var open = Token.none
    public var close = Token.none
    public var elements: [ServiceElement] = []
    public var comments = CommentBlock()

    init(keyword: Token) { self.keyword = keyword }
}
