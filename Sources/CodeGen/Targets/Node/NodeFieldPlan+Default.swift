import Foundation
import ProtopkgBasics

extension NodeFieldPlan {
    /// The JavaScript literal of the field's default when it is not the type's zero value: a
    /// proto2 or editions `[default = ...]`, or the first value of an enum that does not start at 0.
    func defaultLiteral(scope: NodeFileScope) throws -> String? {
        guard !repeated, map == nil, !isMessage else { return nil }
        let d = field.descriptor
        if isEnum {
            guard let name = typeName, let e = scope.schema.enumsByName[name] else { return nil }
            if d.hasDefaultValue {
                guard let v = e.values.first(where: { $0.name == d.defaultValue }) else {
                    throw ProtopkgError("\(field.fullName): the default \(d.defaultValue) is not a value of \(name)",
                                        hint: "the descriptor set is malformed; recompile it with protoc")
                }
                return v.number == 0 ? nil : String(v.number)
            }
            guard let first = e.values.first, first.number != 0 else { return nil }
            return String(first.number)
        }
        guard d.hasDefaultValue else { return nil }
        let text = d.defaultValue
        switch field.type {
        case .double, .float:
            switch text {
            case "inf": return "Infinity"
            case "-inf": return "-Infinity"
            case "nan": return "NaN"
            default:
                guard Double(text) != nil else { throw malformed(text) }
                return Double(text) == 0 && !text.hasPrefix("-") ? nil : text
            }
        case .int64, .uint64, .fixed64, .sfixed64, .sint64:
            guard Int64(text) != nil || UInt64(text) != nil else { throw malformed(text) }
            return text == "0" ? nil : text + "n"
        case .int32, .uint32, .fixed32, .sfixed32, .sint32:
            guard Int64(text) != nil else { throw malformed(text) }
            return text == "0" ? nil : text
        case .bool:
            guard text == "true" || text == "false" else { throw malformed(text) }
            return text == "true" ? "true" : nil
        case .string:
            return text.isEmpty ? nil : NodeNames.stringLiteral(text)
        case .bytes:
            let bytes = try Self.unescapeBytes(text, field: field.fullName)
            return bytes.isEmpty ? nil : "$rt.bytes(\(NodeNames.stringLiteral(bytes.base64EncodedString())))"
        default:
            return nil
        }
    }

    private func malformed(_ text: String) -> ProtopkgError {
        ProtopkgError("\(field.fullName): cannot read the default value \"\(text)\"",
                      hint: "the descriptor set is malformed; recompile it with protoc")
    }

    /// protoc writes a bytes default C-escaped: `\n`, `\"`, octal `\123` and hex `\x7f`.
    static func unescapeBytes(_ text: String, field: String) throws -> Data {
        var out = Data()
        let units = Array(text.utf8)
        var i = 0
        func digits(_ base: UInt8, max: Int) -> UInt8? {
            var value = 0
            var n = 0
            while n < max, i < units.count, let d = digit(units[i], base: base) {
                value = value * Int(base) + Int(d)
                i += 1
                n += 1
            }
            return n == 0 ? nil : UInt8(truncatingIfNeeded: value)
        }
        while i < units.count {
            let c = units[i]
            i += 1
            guard c == UInt8(ascii: "\\"), i < units.count else {
                out.append(c)
                continue
            }
            let e = units[i]
            i += 1
            switch e {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "a"): out.append(0x07)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "v"): out.append(0x0B)
            case UInt8(ascii: "x"):
                guard let v = digits(16, max: 2) else {
                    throw ProtopkgError("\(field): malformed \\x escape in the bytes default", hint: "recompile the descriptor set with protoc")
                }
                out.append(v)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                i -= 1
                out.append(digits(8, max: 3)!)
            default: out.append(e)
            }
        }
        return out
    }

    private static func digit(_ c: UInt8, base: UInt8) -> UInt8? {
        let v: UInt8
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): v = c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): v = c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): v = c - UInt8(ascii: "A") + 10
        default: return nil
        }
        return v < base ? v : nil
    }
}
