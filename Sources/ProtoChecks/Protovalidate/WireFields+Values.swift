import Foundation

/// Typed reads of single fields, for option values decoded without generated types. A field
/// given more than once keeps its last value, as protobuf does for singular fields.
extension WireFields {
    func has(_ number: Int) -> Bool { fields.contains { $0.number == number } }

    private func last(_ number: Int) -> Value? { fields.last { $0.number == number }?.value }

    func varint(_ number: Int) -> UInt64? {
        if case .varint(let v)? = last(number) { return v }
        return nil
    }

    func bool(_ number: Int) -> Bool? { varint(number).map { $0 != 0 } }

    func string(_ number: Int) -> String? { bytes(number).last.map { String(decoding: $0, as: UTF8.self) } }

    func strings(_ number: Int) -> [String] { bytes(number).map { String(decoding: $0, as: UTF8.self) } }

    /// Each occurrence of a repeated message field, in order.
    func messages(_ number: Int) -> [WireFields] { bytes(number).compactMap { WireFields($0) } }

    /// The value of a numeric field of the given protobuf type, for comparing bounds.
    func number(_ number: Int, as type: ProtovalidateNumber.Kind) -> ProtovalidateNumber? {
        guard let value = last(number) else { return nil }
        switch (type, value) {
        case (.signed, .varint(let v)): return .int(Int64(bitPattern: v))
        case (.signed32, .varint(let v)): return .int(Int64(Int32(truncatingIfNeeded: v)))
        case (.zigzag, .varint(let v)): return .int(Int64(bitPattern: v >> 1) ^ -Int64(bitPattern: v & 1))
        case (.unsigned, .varint(let v)): return .uint(v)
        case (.unsigned, .fixed32(let v)): return .uint(UInt64(v))
        case (.unsigned, .fixed64(let v)): return .uint(v)
        case (.signed, .fixed32(let v)): return .int(Int64(Int32(bitPattern: v)))
        case (.signed, .fixed64(let v)): return .int(Int64(bitPattern: v))
        case (.floating, .fixed32(let v)): return .double(Double(Float(bitPattern: v)))
        case (.floating, .fixed64(let v)): return .double(Double(bitPattern: v))
        case (.time, .bytes(let b)):
            guard let m = WireFields(b) else { return nil }
            let seconds = Int64(bitPattern: m.varint(1) ?? 0)
            let nanos = Int64(Int32(truncatingIfNeeded: m.varint(2) ?? 0))
            return .time(seconds: seconds, nanos: nanos)
        default: return nil
        }
    }
}

/// A bound of a numeric, duration or timestamp rule.
enum ProtovalidateNumber: Equatable {
    enum Kind { case signed, signed32, zigzag, unsigned, floating, time }

    case int(Int64)
    case uint(UInt64)
    case double(Double)
    case time(seconds: Int64, nanos: Int64)
}
