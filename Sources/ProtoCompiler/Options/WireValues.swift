/// Scalars in their wire form for a field type (FieldDescriptorProto.Type numbers).
enum WireValues {
    static func int32(_ v: Int32, type: Int32) -> FieldValue {
        switch type {
        case 17: return .varint(UInt64(UInt32(bitPattern: (v << 1) ^ (v >> 31))))
        case 15: return .fixed32(UInt32(bitPattern: v))
        default: return .varint(UInt64(bitPattern: Int64(v)))
        }
    }

    static func int64(_ v: Int64, type: Int32) -> FieldValue {
        switch type {
        case 18: return .varint(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
        case 16: return .fixed64(UInt64(bitPattern: v))
        default: return .varint(UInt64(bitPattern: v))
        }
    }

    static func uint32(_ v: UInt32, type: Int32) -> FieldValue {
        type == 7 ? .fixed32(v) : .varint(UInt64(v))
    }

    static func uint64(_ v: UInt64, type: Int32) -> FieldValue {
        type == 6 ? .fixed64(v) : .varint(v)
    }
}
