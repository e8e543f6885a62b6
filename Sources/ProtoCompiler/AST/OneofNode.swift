/// `oneof name { ... }`: its options and fields (the fields also belong to the message).
public final class OneofNode {
    public var keyword: Token
    public var name = ""
    public var nameToken = Token.none
    public var open = Token.none
    public var close = Token.none
    public var options: [OptionNode] = []
    public var fields: [FieldNode] = []
    /// Options and fields in source order.
    public var order: [OneofElement] = []
    public var comments = CommentBlock()

    init(keyword: Token) { self.keyword = keyword }
}
