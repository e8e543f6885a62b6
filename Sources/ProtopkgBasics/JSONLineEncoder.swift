import Foundation

/// Writes a flat `Encodable` (strings, integers, booleans, nil) as one line of JSON with its keys
/// in the order `encode(to:)` writes them. Foundation's encoder orders keys by hash or by name;
/// this keeps buf's order, and prints tens of thousands of findings in milliseconds.
public enum JSONLineEncoder {
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        let sink = Sink()
        try value.encode(to: FlatEncoder(sink: sink))
        return "{" + sink.parts.joined(separator: ",") + "}"
    }

    final class Sink {
        var parts: [String] = []
        func add(_ key: String, _ literal: String) { parts.append(quoted(key) + ":" + literal) }
    }

    /// A JSON string literal (RFC 8259 escapes; non-ASCII kept as UTF-8).
    public static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    struct FlatEncoder: Encoder {
        let sink: Sink
        var codingPath: [CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }
        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            KeyedEncodingContainer(Container(sink: sink))
        }
        func unkeyedContainer() -> UnkeyedEncodingContainer { fatalError("JSONLineEncoder writes flat objects only") }
        func singleValueContainer() -> SingleValueEncodingContainer { fatalError("JSONLineEncoder writes flat objects only") }
    }

    struct Container<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let sink: Sink
        var codingPath: [CodingKey] { [] }
        mutating func encodeNil(forKey key: Key) throws { sink.add(key.stringValue, "null") }
        mutating func encode(_ value: Bool, forKey key: Key) throws { sink.add(key.stringValue, value ? "true" : "false") }
        mutating func encode(_ value: String, forKey key: Key) throws { sink.add(key.stringValue, quoted(value)) }
        mutating func encode(_ value: Int, forKey key: Key) throws { sink.add(key.stringValue, String(value)) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            switch value {
            case let v as String: try encode(v, forKey: key)
            case let v as Int: try encode(v, forKey: key)
            case let v as Bool: try encode(v, forKey: key)
            default:
                throw EncodingError.invalidValue(value, .init(codingPath: [key], debugDescription: "JSONLineEncoder writes flat objects only"))
            }
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            fatalError("JSONLineEncoder writes flat objects only")
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer { fatalError("JSONLineEncoder writes flat objects only") }
        mutating func superEncoder() -> Encoder { FlatEncoder(sink: sink) }
        mutating func superEncoder(forKey key: Key) -> Encoder { FlatEncoder(sink: sink) }
    }
}
