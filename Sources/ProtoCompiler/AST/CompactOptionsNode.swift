/// `[a = 1, default = 2, json_name = "x"]` after a field, enum value or extension range.
public final class CompactOptionsNode {
    public var open: Token
    public var close = Token.none
    public var entries: [CompactOption] = []

    init(open: Token) { self.open = open }
}
