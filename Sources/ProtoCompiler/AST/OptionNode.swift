/// One option, as a statement (`option (a).b = 1;`) or inside `[...]`. Its value stays
/// uninterpreted until the Options phase.
public final class OptionNode {
    /// The first token: `option`, or the name's first token inside brackets.
    public var start: Token
    public var isStatement: Bool
    public var name: [OptionNamePart] = []
    public var value = OptionValue.identifier("")
    /// First and last tokens of the value (a leading `-` included).
    public var valueStart = Token.none
    public var valueEnd = Token.none
    /// For aggregate values: the tokens between the braces, with their text.
    public var aggregateTokens: [TextToken] = []
    /// `;` for statements, else the value's last token.
    public var end = Token.none
    public var comments = CommentBlock()

    init(start: Token, isStatement: Bool) {
        self.start = start
        self.isStatement = isStatement
    }

    /// The name as protoc prints it in messages: `(foo.bar).baz`.
    public var displayName: String {
        name.map { $0.isExtension ? "(\($0.name))" : $0.name }.joined(separator: ".")
    }

    public var nameStart: Token { name.first?.start ?? start }
    public var nameEnd: Token { name.last?.end ?? start }
}
