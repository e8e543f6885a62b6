/// `default = value` on a field: the value as protoc's parser normalizes it.
public struct DefaultValueNode {
    public var keyword: Token
    /// protoc's normalized text (`16` for `0x10`), or the raw token text when the field's
    /// type is a name still to be resolved (an enum value, checked by the linker).
    public var value: [UInt8]
    public var valueStart: Token
    public var valueEnd: Token
}
