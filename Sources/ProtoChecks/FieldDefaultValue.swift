import ProtoSchema

/// The value a singular scalar or enum field reads as when unset: its `default` if it has one,
/// else the zero of its type (an enum's first value). Values compare across types where the
/// change of type is someone else's finding: strings with bytes, and numbers, bools and enums
/// with each other by numeric value.
struct FieldDefaultValue {
    enum Value {
        case bytes([UInt8])
        case signed(Int64)
        case unsigned(UInt64)
        case float(Float)
        case double(Double)
    }

    let value: Value
    /// The value as buf's findings print it (Go's `%v`; strings quoted, bytes as hex).
    let text: String

    /// nil for fields that cannot have a default: repeated fields, maps, messages and groups.
    init?(_ field: SchemaField, schema: Schema) {
        guard !field.isRepeated, field.type != .message, field.type != .group else { return nil }
        let written = field.descriptor.hasDefaultValue ? field.descriptor.defaultValue : nil
        switch field.type {
        case .string:
            let s = written ?? ""
            value = .bytes(Array(s.utf8))
            text = s.goQuoted
        case .bytes:
            let b = written.map(Self.unescape) ?? []
            value = .bytes(b)
            text = "[" + b.map { "0x" + String($0, radix: 16, uppercase: true) }.joined(separator: ",") + "]"
        case .bool:
            value = .signed(written == "true" ? 1 : 0)
            text = written ?? "false"
        case .float:
            let f = written.flatMap { Float($0) } ?? 0
            value = .float(f)
            text = GoFloat.text(f)
        case .double:
            let d = written.flatMap { Double($0) } ?? 0
            value = .double(d)
            text = GoFloat.text(d)
        case .uint32, .uint64, .fixed32, .fixed64:
            let u = written.flatMap { UInt64($0) } ?? 0
            value = .unsigned(u)
            text = "\(u)"
        case .enum:
            let e = schema.enumsByName[field.typeName]
            let v = written.flatMap { name in e?.values.first { $0.name == name } } ?? e?.values.first
            value = .signed(Int64(v?.number ?? 0))
            text = "\(e?.name ?? field.typeName).\(v?.name ?? "\(v?.number ?? 0)")"
        default:
            let i = written.flatMap { Int64($0) } ?? 0
            value = .signed(i)
            text = "\(i)"
        }
    }

    /// True for the zero of the type (an empty string, 0, false, +0.0), set or not.
    var isZero: Bool {
        switch value {
        case .bytes(let b): b.isEmpty
        case .signed(let i): i == 0
        case .unsigned(let u): u == 0
        case .float(let f): f.bitPattern == 0
        case .double(let d): d.bitPattern == 0
        }
    }

    func isSame(as other: FieldDefaultValue) -> Bool {
        switch (value, other.value) {
        case (.bytes(let a), .bytes(let b)): return a == b
        case (.bytes, _), (_, .bytes): return false
        // Between float and double, compare at float precision: 0.1 is not the same double as 0.1f.
        case (.float(let f), .double(let d)), (.double(let d), .float(let f)):
            return (f.isNaN && d.isNaN) || f == Float(d)
        default:
            return Self.numericEqual(value, other.value)
        }
    }

    private static func numericEqual(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.signed(let x), .signed(let y)): return x == y
        case (.unsigned(let x), .unsigned(let y)): return x == y
        case (.signed(let x), .unsigned(let y)), (.unsigned(let y), .signed(let x)): return x >= 0 && UInt64(x) == y
        default: break
        }
        let (x, y) = (real(a), real(b))
        if let x, let y { return (x.isNaN && y.isNaN) || x == y }
        // One integer, one floating point value: equal only if the latter is that integer exactly.
        guard let d = x ?? y, d.isFinite, d == d.rounded(.towardZero) else { return false }
        switch x == nil ? a : b {
        case .signed(let i): return d >= -0x1p63 && d < 0x1p63 && Int64(d) == i
        case .unsigned(let u): return d >= 0 && d < 0x1p64 && UInt64(d) == u
        default: return false
        }
    }

    private static func real(_ v: Value) -> Double? {
        switch v {
        case .float(let f): Double(f)
        case .double(let d): d
        default: nil
        }
    }

    /// protoc writes a bytes default C-escaped: `\n`, `\"`, octal `\303`, hex `\x1f`.
    static func unescape(_ s: String) -> [UInt8] {
        let input = Array(s.utf8)
        var out: [UInt8] = []
        var i = 0
        func digits(_ radix: Int, max: Int) -> UInt8 {
            var n = 0, count = 0
            while count < max, i < input.count, let d = Int(String(UnicodeScalar(input[i])), radix: radix) {
                n = n * radix + d
                i += 1
                count += 1
            }
            return UInt8(truncatingIfNeeded: n)
        }
        while i < input.count {
            let c = input[i]
            i += 1
            guard c == UInt8(ascii: "\\"), i < input.count else { out.append(c); continue }
            let e = input[i]
            switch e {
            case UInt8(ascii: "0")...UInt8(ascii: "7"): out.append(digits(8, max: 3))
            case UInt8(ascii: "x"), UInt8(ascii: "X"):
                i += 1
                out.append(digits(16, max: 2))
            default:
                i += 1
                let simple: [UInt8: UInt8] = [
                    UInt8(ascii: "n"): 10, UInt8(ascii: "r"): 13, UInt8(ascii: "t"): 9, UInt8(ascii: "a"): 7,
                    UInt8(ascii: "b"): 8, UInt8(ascii: "f"): 12, UInt8(ascii: "v"): 11,
                ]
                out.append(simple[e] ?? e)
            }
        }
        return out
    }
}
