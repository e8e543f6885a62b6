/// A field: `repeated string a = 1 [opts];`, a map field, or a group with its body.
public final class FieldNode {
    public enum Label: Int32, Sendable { case optional = 1, required = 2, repeated = 3 }
    /// The first token (label, type, or `map`).
    public var start: Token
    public var label: Label?
    public var labelToken: Token?
    public var type = FieldTypeNode()
    public var name = ""
    public var nameToken = Token.none
    public var number: Int32 = 0
    public var numberToken = Token.none
    public var options: CompactOptionsNode?
    /// The group's body, for `group Name = n { ... }`.
    public var groupBody: MessageBody?
    /// `;`, or the group's closing brace.
    public var end = Token.none
    public var comments = CommentBlock()
    /// The comments around a group's `{`, which protoc gives the group's message.
    public var groupComments = CommentBlock()
    /// Set inside a oneof (its index in the message's oneofs).
    public var oneofIndex: Int?

    init(start: Token) { self.start = start }
}
