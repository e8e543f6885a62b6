/// `json_name = "x"` on a field.
public struct JsonNameNode {
    public var keyword: Token
    public var value: String
    public var valueStart: Token
    public var valueEnd: Token
}
