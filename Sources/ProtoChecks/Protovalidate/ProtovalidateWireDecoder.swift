import CEL
import ProtoSchema

/// Turns a field's encoded values into the CEL value protovalidate would see: numbers by their
/// protobuf type (packed or not), enums as ints, Duration and Timestamp as CEL's own types,
/// wrappers as the value they wrap (null when unset), other messages as `ProtovalidateCELMessage`.
struct ProtovalidateWireDecoder {
    let schema: Schema

    func value(of field: SchemaField, in wire: WireFields) -> CELValue {
        let occurrences = wire.fields.filter { $0.number == Int(field.number) }.map(\.value)
        if field.isRepeated {
            if let entry = schema.messagesByName[field.typeName], entry.isMapEntry,
               let keyField = entry.field(number: 1), let valueField = entry.field(number: 2) {
                var pairs: [(key: CELValue, value: CELValue)] = []
                for case .bytes(let bytes) in occurrences {
                    guard let entryWire = WireFields(bytes) else { continue }
                    let key = value(of: keyField, in: entryWire)
                    pairs.removeAll { $0.key.isEqual(to: key) }
                    pairs.append((key, value(of: valueField, in: entryWire)))
                }
                return .map(pairs)
            }
            return .list(occurrences.flatMap { elements(of: field, $0) })
        }
        if field.type == .message || field.type == .group {
            let parts: [[UInt8]] = occurrences.compactMap {
                switch $0 {
                case .bytes(let b), .group(let b): return b
                default: return nil
                }
            }
            guard !parts.isEmpty else { return unsetMessage(field.typeName) }
            return message(field.typeName, WireFields(parts.flatMap { $0 }) ?? WireFields([])!)
        }
        guard let last = occurrences.last else { return zero(field) }
        return elements(of: field, last).last ?? zero(field)
    }

    /// A message value of the given type.
    func message(_ typeName: String, _ wire: WireFields) -> CELValue {
        switch typeName {
        case "google.protobuf.Duration", "google.protobuf.Timestamp":
            let seconds = Int64(bitPattern: wire.varint(1) ?? 0)
            let nanos = Int64(Int32(truncatingIfNeeded: wire.varint(2) ?? 0))
            let time = CELTime(seconds: seconds, nanos: nanos)
            return typeName.hasSuffix("Duration") ? .duration(time) : .timestamp(time)
        default:
            guard let descriptor = schema.messagesByName[typeName] else { return .error("unknown message type \(typeName)") }
            if Self.wrappers.contains(typeName), let inner = descriptor.field(number: 1) {
                return value(of: inner, in: wire)
            }
            return .message(ProtovalidateCELMessage(descriptor: descriptor, wire: wire, decoder: self))
        }
    }

    static let wrappers: Set<String> = [
        "google.protobuf.FloatValue", "google.protobuf.DoubleValue", "google.protobuf.Int32Value",
        "google.protobuf.Int64Value", "google.protobuf.UInt32Value", "google.protobuf.UInt64Value",
        "google.protobuf.BoolValue", "google.protobuf.StringValue", "google.protobuf.BytesValue",
    ]

    private func unsetMessage(_ typeName: String) -> CELValue {
        Self.wrappers.contains(typeName) ? .null : message(typeName, WireFields([])!)
    }

    /// The zero value of a singular scalar field.
    func zero(_ field: SchemaField) -> CELValue {
        switch field.type {
        case .float, .double: return .double(0)
        case .int32, .int64, .sint32, .sint64, .sfixed32, .sfixed64, .enum: return .int(0)
        case .uint32, .uint64, .fixed32, .fixed64: return .uint(0)
        case .bool: return .bool(false)
        case .string: return .string("")
        case .bytes: return .bytes([])
        default: return .null
        }
    }

    /// The scalar values one occurrence holds: one, or several when it is a packed run.
    func elements(of field: SchemaField, _ value: WireFields.Value) -> [CELValue] {
        switch (field.type, value) {
        case (.message, .bytes(let b)), (.group, .group(let b)):
            return [message(field.typeName, WireFields(b) ?? WireFields([])!)]
        case (.string, .bytes(let b)): return [.string(String(decoding: b, as: UTF8.self))]
        case (.bytes, .bytes(let b)): return [.bytes(b)]
        case (_, .bytes(let b)): return unpack(field, b)
        case (_, .varint(let v)): return [varint(field, v)].compactMap { $0 }
        case (.fixed32, .fixed32(let v)): return [.uint(UInt64(v))]
        case (.sfixed32, .fixed32(let v)): return [.int(Int64(Int32(bitPattern: v)))]
        case (.float, .fixed32(let v)): return [.double(Double(Float(bitPattern: v)))]
        case (.fixed64, .fixed64(let v)): return [.uint(v)]
        case (.sfixed64, .fixed64(let v)): return [.int(Int64(bitPattern: v))]
        case (.double, .fixed64(let v)): return [.double(Double(bitPattern: v))]
        default: return []
        }
    }

    private func varint(_ field: SchemaField, _ v: UInt64) -> CELValue? {
        switch field.type {
        case .int32, .enum: return .int(Int64(Int32(truncatingIfNeeded: v)))
        case .int64: return .int(Int64(bitPattern: v))
        case .uint32: return .uint(UInt64(UInt32(truncatingIfNeeded: v)))
        case .uint64: return .uint(v)
        case .sint32, .sint64: return .int(Int64(bitPattern: v >> 1) ^ -Int64(bitPattern: v & 1))
        case .bool: return .bool(v != 0)
        default: return nil
        }
    }

    /// A packed repeated field's run of numbers.
    private func unpack(_ field: SchemaField, _ bytes: [UInt8]) -> [CELValue] {
        let wireType: UInt64
        switch field.type {
        case .fixed32, .sfixed32, .float: wireType = 5
        case .fixed64, .sfixed64, .double: wireType = 1
        default: wireType = 0
        }
        return WireFields.unpacked(bytes, wireType: wireType).flatMap { elements(of: field, $0) }
    }
}
