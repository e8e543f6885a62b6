/// `extensions 100 to 199, 300 [opts];`
public final class ExtensionRangeNode {
    public var keyword: Token
    public var ranges: [RangeNode] = []
    public var options: CompactOptionsNode?
    public var semicolon = Token.none
    public var comments = CommentBlock()

    init(keyword: Token) { self.keyword = keyword }
}
