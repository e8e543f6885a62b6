import Foundation

/// The fields of a protobuf message read straight from its wire bytes. protoc keeps custom
/// options (protovalidate's `buf.validate.field`, ...) as extension fields that decode into
/// unknown fields here, since protopkg has no generated types for them.
struct WireFields {
    enum Value {
        case varint(UInt64)
        case fixed64(UInt64)
        case bytes([UInt8])
        case fixed32(UInt32)
        /// The encoded fields between a group's start and end tags.
        case group([UInt8])
    }

    private(set) var fields: [(number: Int, value: Value)] = []

    /// Nil when the bytes are not a well-formed message.
    init?(_ data: Data) { self.init([UInt8](data)) }

    init?(_ bytes: [UInt8]) {
        var reader = Reader(bytes: bytes)
        while !reader.atEnd {
            guard let (number, wireType) = reader.key(), let value = reader.value(number: number, wireType: wireType) else {
                return nil
            }
            fields.append((number, value))
        }
    }

    var numbers: Set<Int> { Set(fields.map(\.number)) }

    /// The length-delimited values of field `number`, in order (a repeated or embedded field).
    func bytes(_ number: Int) -> [[UInt8]] {
        fields.compactMap { field in
            if field.number == number, case .bytes(let b) = field.value { return b }
            return nil
        }
    }

    /// Field `number` read as an embedded message; several occurrences merge, as protobuf does.
    func message(_ number: Int) -> WireFields? {
        let parts = bytes(number)
        return parts.isEmpty ? nil : WireFields(parts.flatMap { $0 })
    }

    /// The values of a packed repeated field's run, each encoded as `wireType` (0 varint,
    /// 1 fixed64, 5 fixed32); a truncated run gives the values before the break.
    static func unpacked(_ bytes: [UInt8], wireType: UInt64) -> [Value] {
        var reader = Reader(bytes: bytes)
        var values: [Value] = []
        while !reader.atEnd, let value = reader.value(number: 0, wireType: wireType) { values.append(value) }
        return values
    }

    private struct Reader {
        let bytes: [UInt8]
        var i = 0

        var atEnd: Bool { i >= bytes.count }

        mutating func varint() -> UInt64? {
            var result: UInt64 = 0
            var shift: UInt64 = 0
            while i < bytes.count, shift < 64 {
                let b = bytes[i]
                i += 1
                result |= UInt64(b & 0x7f) << shift
                if b & 0x80 == 0 { return result }
                shift += 7
            }
            return nil
        }

        mutating func key() -> (Int, UInt64)? {
            guard let key = varint(), key >> 3 > 0, key >> 3 <= UInt64(Int32.max) else { return nil }
            return (Int(key >> 3), key & 7)
        }

        mutating func take(_ n: Int) -> [UInt8]? {
            guard n >= 0, n <= bytes.count - i else { return nil }
            defer { i += n }
            return Array(bytes[i..<(i + n)])
        }

        mutating func little(_ n: Int) -> UInt64? {
            take(n)?.reversed().reduce(0) { $0 << 8 | UInt64($1) }
        }

        mutating func value(number: Int, wireType: UInt64) -> Value? {
            switch wireType {
            case 0: return varint().map(Value.varint)
            case 1: return little(8).map(Value.fixed64)
            case 2:
                guard let n = varint(), n <= UInt64(Int.max) else { return nil }
                return take(Int(n)).map(Value.bytes)
            case 3:
                let start = i
                while true {
                    let end = i
                    guard let (inner, innerType) = key() else { return nil }
                    if innerType == 4 { return inner == number ? .group(Array(bytes[start..<end])) : nil }
                    guard value(number: inner, wireType: innerType) != nil else { return nil }
                }
            case 5: return little(4).map { .fixed32(UInt32($0)) }
            default: return nil
            }
        }
    }
}
