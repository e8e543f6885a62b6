/// The types of CEL's type checker.
public indirect enum CELType: Hashable, Sendable, CustomStringConvertible {
    case dyn
    /// The type of an expression that already failed to check; it fits anywhere, so one mistake
    /// is reported once.
    case error
    case null
    case bool, int, uint, double, string, bytes
    case timestamp, duration
    /// `google.protobuf.Any`.
    case any
    case list(CELType)
    case map(CELType, CELType)
    /// A protobuf message, by full name.
    case message(String)
    /// A well-known wrapper message (`google.protobuf.Int64Value`, ...): the primitive or null.
    case wrapper(CELType)
    /// The type of a type name such as `int` or `acme.v1.User`.
    case type(CELType?)
    /// A type parameter of an overload.
    case parameter(String)

    public var description: String {
        switch self {
        case .dyn: return "dyn"
        case .error: return "*error*"
        case .null: return "null_type"
        case .bool: return "bool"
        case .int: return "int"
        case .uint: return "uint"
        case .double: return "double"
        case .string: return "string"
        case .bytes: return "bytes"
        case .timestamp: return "google.protobuf.Timestamp"
        case .duration: return "google.protobuf.Duration"
        case .any: return "any"
        case .list(let element): return "list(\(element))"
        case .map(let key, let value): return "map(\(key), \(value))"
        case .message(let name): return name
        case .wrapper(let primitive): return "wrapper(\(primitive))"
        case .type(let inner): return inner.map { "type(\($0))" } ?? "type"
        case .parameter(let name): return name
        }
    }

    /// The CEL type that stands for a protobuf message: the well-known types map to CEL's own.
    public static func forMessage(_ fullName: String) -> CELType {
        switch fullName {
        case "google.protobuf.Timestamp": return .timestamp
        case "google.protobuf.Duration": return .duration
        case "google.protobuf.Any": return .any
        case "google.protobuf.Value": return .dyn
        case "google.protobuf.Struct": return .map(.string, .dyn)
        case "google.protobuf.ListValue": return .list(.dyn)
        case "google.protobuf.BoolValue": return .wrapper(.bool)
        case "google.protobuf.BytesValue": return .wrapper(.bytes)
        case "google.protobuf.DoubleValue", "google.protobuf.FloatValue": return .wrapper(.double)
        case "google.protobuf.Int32Value", "google.protobuf.Int64Value": return .wrapper(.int)
        case "google.protobuf.UInt32Value", "google.protobuf.UInt64Value": return .wrapper(.uint)
        case "google.protobuf.StringValue": return .wrapper(.string)
        default: return .message(fullName)
        }
    }

    /// Whether a value of this type may be null.
    var isNullable: Bool {
        switch self {
        case .null, .message, .wrapper, .timestamp, .duration, .any, .dyn, .error: return true
        default: return false
        }
    }

    /// This type with bound parameters replaced; unbound ones become `dyn`.
    func substituting(_ bindings: [String: CELType]) -> CELType {
        switch self {
        case .parameter(let name): return bindings[name].map { $0.substituting(bindings) } ?? .dyn
        case .list(let element): return .list(element.substituting(bindings))
        case .map(let key, let value): return .map(key.substituting(bindings), value.substituting(bindings))
        case .wrapper(let primitive): return .wrapper(primitive.substituting(bindings))
        case .type(let inner): return .type(inner?.substituting(bindings))
        default: return self
        }
    }
}
