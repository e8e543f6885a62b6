import Foundation

/// Writes a flat `Encodable` (strings, integers, booleans, nil) as one line of JSON with its keys
/// in the order `encode(to:)` writes them. Foundation's encoder orders keys by hash or by name;
/// this keeps buf's order, and prints tens of thousands of findings in milliseconds.
public enum JSONLineEncoder {
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        let sink = Sink()
        try value.encode(to: FlatEncoder(sink: sink))
        sink.text.append("}")
        return sink.text
    }

    /// The line being written: each member is appended in place.
    final class Sink {
        var text = "{"
        private var empty = true

        init() { text.reserveCapacity(256) }

        /// Starts a member: the separator, the quoted key and the colon; its value follows.
        func key(_ key: String) {
            if !empty { text.append(",") }
            empty = false
            appendQuoted(key, to: &text)
            text.append(":")
        }
    }

    /// A JSON string literal (RFC 8259 escapes; non-ASCII kept as UTF-8).
    public static func quoted(_ s: String) -> String {
        var out = ""
        appendQuoted(s, to: &out)
        return out
    }

    static func appendQuoted(_ s: String, to out: inout String) {
        out.append("\"")
        // Nearly every string needs no escape: it is then copied whole.
        if !s.utf8.contains(where: { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 }) {
            out.append(s)
            out.append("\"")
            return
        }
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
        out.append("\"")
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
        mutating func encodeNil(forKey key: Key) throws {
            sink.key(key.stringValue)
            sink.text.append("null")
        }
        mutating func encode(_ value: Bool, forKey key: Key) throws {
            sink.key(key.stringValue)
            sink.text.append(value ? "true" : "false")
        }
        mutating func encode(_ value: String, forKey key: Key) throws {
            sink.key(key.stringValue)
            appendQuoted(value, to: &sink.text)
        }
        mutating func encode(_ value: Int, forKey key: Key) throws {
            sink.key(key.stringValue)
            sink.text.append(String(value))
        }
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
