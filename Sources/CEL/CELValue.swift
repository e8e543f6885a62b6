/// A value produced while evaluating a CEL expression. Errors are values too, as in CEL: `&&`
/// and `||` may absorb them, everything else passes them on.
public enum CELValue: Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case uint(UInt64)
    case double(Double)
    case string(String)
    case bytes([UInt8])
    case list([CELValue])
    /// Entries in insertion order; keys are unique under CEL equality.
    case map([(key: CELValue, value: CELValue)])
    case duration(CELTime)
    case timestamp(CELTime)
    case message(any CELMessage)
    /// A type value (`type(x)`, `int`, ...), by its CEL name.
    case type(String)
    case error(String)

    /// The error this value carries, if it is one.
    public var errorMessage: String? {
        if case .error(let message) = self { return message }
        return nil
    }

    /// The CEL name of this value's type, as `type(x)` gives it and as error messages show it.
    public var typeName: String {
        switch self {
        case .null: return "null_type"
        case .bool: return "bool"
        case .int: return "int"
        case .uint: return "uint"
        case .double: return "double"
        case .string: return "string"
        case .bytes: return "bytes"
        case .list: return "list"
        case .map: return "map"
        case .duration: return "google.protobuf.Duration"
        case .timestamp: return "google.protobuf.Timestamp"
        case .message(let m): return m.typeName
        case .type: return "type"
        case .error: return "error"
        }
    }
}

/// A protobuf message seen from CEL: its fields by name, and whether each is set.
public protocol CELMessage: Sendable {
    /// The message's full name, e.g. `buf.validate.Int32Rules`.
    var typeName: String { get }
    /// The field's value (its default when unset); nil when the message has no such field.
    func field(_ name: String) -> CELValue?
    /// Whether the field is set (a repeated field: non-empty); nil when there is no such field.
    func has(_ name: String) -> Bool?
    /// The names of the fields that are set, for equality.
    var setFieldNames: [String] { get }
}

/// A point in time or a span of time: whole seconds and nanoseconds of the same sign, the
/// representation of `google.protobuf.Timestamp` and `google.protobuf.Duration`.
public struct CELTime: Sendable, Hashable, Comparable {
    public let seconds: Int64
    public let nanos: Int32

    /// Normalizes `nanos` into `-999_999_999...999_999_999` with the sign of `seconds`.
    public init(seconds: Int64, nanos: Int64) {
        var s = seconds &+ nanos / 1_000_000_000
        var n = nanos % 1_000_000_000
        if s > 0, n < 0 { s -= 1; n += 1_000_000_000 } else if s < 0, n > 0 { s += 1; n -= 1_000_000_000 }
        self.seconds = s
        self.nanos = Int32(n)
    }

    public static func < (a: CELTime, b: CELTime) -> Bool {
        a.seconds != b.seconds ? a.seconds < b.seconds : a.nanos < b.nanos
    }
}
