/// `rpc Name(stream In) returns (Out) { option ...; }` or `...;`.
public final class MethodNode {
    public var keyword: Token
    public var name = ""
    public var nameToken = Token.none
    public var clientStreaming: Token?
    public var inputType = TypeNameNode()
    public var serverStreaming: Token?
    public var outputType = TypeNameNode()
    /// The braces of the options block, when there is one.
    public var optionsOpen: Token?
    public var options: [OptionNode] = []
    /// `;` or the options block's `}`.
    public var end = Token.none
    public var comments = CommentBlock()

    init(keyword: Token) { self.keyword = keyword }
}
