import CEL
import Foundation

/// How buf prints an example value in its finding: Go's `%v` of the value protovalidate holds.
/// Numbers, strings, bools and bytes (`[104 105]`) print as Go prints them; buf prints a
/// message-typed example (Duration, Timestamp, FieldMask) as a Go pointer, which says nothing,
/// so protopkg writes those in protobuf's text format (`seconds:1 nanos:5`, `{}` when empty) instead.
enum ProtovalidateGoText {
    static func value(_ value: CELValue, isFloat32: Bool) -> String {
        switch value {
        case .int(let v): return String(v)
        case .uint(let v): return String(v)
        case .double(let d):
            if d.isNaN { return "NaN" }
            if d.isInfinite { return d > 0 ? "+Inf" : "-Inf" }
            return (isFloat32 ? CELDecimal(float: Float(d)) : CELDecimal(d))?.goGeneral ?? String(d)
        case .bool(let b): return b ? "true" : "false"
        case .string(let s): return s
        case .bytes(let b): return "[" + b.map(String.init).joined(separator: " ") + "]"
        case .duration(let t), .timestamp(let t): return time(t)
        case .message(let m): return message(m)
        case .list(let items): return "[" + items.map { self.value($0, isFloat32: isFloat32) }.joined(separator: " ") + "]"
        case .null: return "<nil>"
        case .map, .type, .error: return "\(value)"
        }
    }

    private static func time(_ t: CELTime) -> String {
        var parts: [String] = []
        if t.seconds != 0 { parts.append("seconds:\(t.seconds)") }
        if t.nanos != 0 { parts.append("nanos:\(t.nanos)") }
        return parts.isEmpty ? "{}" : parts.joined(separator: " ")
    }

    private static func message(_ m: any CELMessage) -> String {
        if m.setFieldNames.isEmpty { return "{}" }
        return m.setFieldNames.compactMap { name -> String? in
            guard let field = m.field(name) else { return nil }
            let items: [CELValue]
            if case .list(let list) = field { items = list } else { items = [field] }
            return items.map { item in
                if case .string(let s) = item { return "\(name):\"" + s.replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
                return "\(name):\(value(item, isFloat32: false))"
            }.joined(separator: " ")
        }.joined(separator: " ")
    }
}
