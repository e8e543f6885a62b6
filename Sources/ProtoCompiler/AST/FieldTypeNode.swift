/// A field's type as written: a scalar keyword, a (possibly dotted) type name, or `map<K, V>`.
public struct FieldTypeNode {
    /// The scalar type (1...18 as in FieldDescriptorProto.Type) when written as a keyword.
    public var scalar: Int32?
    /// The type name as written (with a leading `.` when fully qualified).
    public var name = ""
    public var start = Token.none
    public var end = Token.none
    public var map: MapTypeNode?
}
