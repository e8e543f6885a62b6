/// `NAME = -1 [opts];`
public final class EnumValueNode {
    public var nameToken: Token
    public var name = ""
    public var number: Int32 = 0
    /// First (`-` when negative) and last tokens of the number.
    public var numberStart = Token.none
    public var numberEnd = Token.none
    public var options: CompactOptionsNode?
    public var semicolon = Token.none
    public var comments = CommentBlock()

    init(nameToken: Token) { self.nameToken = nameToken }
}
