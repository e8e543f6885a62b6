/// `syntax = "proto3";` or `edition = "2023";`.
public final class SyntaxNode {
    public var keyword: Token
    /// The string token(s) of the value (adjacent strings concatenate).
    public var valueToken: Token
    public var value: String
    public var isEdition: Bool
    public var semicolon = Token.none
    public var comments = CommentBlock()

    init(keyword: Token, valueToken: Token, value: String, isEdition: Bool) {
        self.keyword = keyword
        self.valueToken = valueToken
        self.value = value
        self.isEdition = isEdition
    }
}
