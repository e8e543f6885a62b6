/// `extend Extendee { fields }`.
public final class ExtendNode {
    public var keyword: Token
    public var extendee = TypeNameNode()
    public var open = Token.none
    public var close = Token.none
    public var fields: [FieldNode] = []
    public var comments = CommentBlock()

    init(keyword: Token) { self.keyword = keyword }
}
