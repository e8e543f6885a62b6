/// One reserved name with its first and last tokens.
public struct ReservedName {
    public var name: String
    public var start: Token
    public var end: Token
}
