/// `message Name { ... }` (with `export`/`local` in edition 2024).
public final class MessageNode {
    public var visibility: Token?
    public var keyword: Token
    public var name = ""
    public var nameToken = Token.none
    public var body = MessageBody()
    public var comments = CommentBlock()

    init(keyword: Token, visibility: Token?) {
        self.keyword = keyword
        self.visibility = visibility
    }
}
