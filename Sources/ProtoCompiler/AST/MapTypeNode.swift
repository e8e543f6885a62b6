/// The key and value types of `map<K, V>`.
public struct MapTypeNode {
    public var keyScalar: Int32?
    public var keyName = ""
    public var keyStart = Token.none
    public var keyEnd = Token.none
    public var valueScalar: Int32?
    public var valueName = ""
    public var valueStart = Token.none
    public var valueEnd = Token.none
}
