/// The comments protoc's tokenizer hands over when it steps past the end of a declaration:
/// the comment trailing the previous token, comments detached by blank lines, and the
/// comment leading the next token. Empty strings mean none (protoc attaches only non-empty
/// leading and trailing comments, but every detached one).
public struct CommentBlock: Sendable, Equatable {
    public var trailing = ""
    public var detached: [String] = []
    public var leading = ""

    public init(trailing: String = "", detached: [String] = [], leading: String = "") {
        self.trailing = trailing
        self.detached = detached
        self.leading = leading
    }
}
