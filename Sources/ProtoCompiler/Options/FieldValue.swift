/// One value of a field, already in its wire form (an int32 sign-extended, a sint zigzagged,
/// a float as its bits), or a nested message.
enum FieldValue {
    case varint(UInt64)
    case fixed32(UInt32)
    case fixed64(UInt64)
    case bytes([UInt8])
    case message(MessageValue)

    /// True for the value an implicit-presence field does not serialize.
    var isZero: Bool {
        switch self {
        case .varint(let v): return v == 0
        case .fixed32(let v): return v == 0
        case .fixed64(let v): return v == 0
        case .bytes(let b): return b.isEmpty
        case .message: return false
        }
    }
}
