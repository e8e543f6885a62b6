/// A message or enum name as written (`.a.B` when fully qualified), with its first and last tokens.
public struct TypeNameNode {
    public var name = ""
    public var start = Token.none
    public var end = Token.none
}
