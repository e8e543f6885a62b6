import Foundation

/// A field's default as protoc writes it back (FieldDescriptor::DefaultValueAsString): the
/// parser's text read as the field's type and printed again, so `-0` becomes `0`, a float
/// is printed with SimpleFtoa and a bytes value re-escaped.
enum DefaultValues {
    static func text(of field: FieldDescriptor) -> String? {
        guard let raw = field.defaultValue, let type = field.type else { return nil }
        let s = String(decoding: raw, as: UTF8.self)
        switch type {
        case 5, 17, 15:
            return String(Int32(truncatingIfNeeded: strtol(s, nil, 0)))
        case 3, 18, 16:
            return String(strtoll(s, nil, 0))
        case 13, 7:
            return String(UInt32(truncatingIfNeeded: strtoul(s, nil, 0)))
        case 4, 6:
            return String(strtoull(s, nil, 0))
        case 2:
            return FloatText.simpleFtoa(floatValue(s))
        case 1:
            return FloatText.simpleDtoa(doubleValue(s))
        case 12:
            return CEscape.escape(CEscape.unescape(raw) ?? raw)
        default:
            return s
        }
    }

    static func doubleValue(_ s: String) -> Double {
        switch s {
        case "inf": return .infinity
        case "-inf": return -.infinity
        case "nan": return .nan
        default: return strtod(s, nil)
        }
    }

    static func floatValue(_ s: String) -> Float {
        switch s {
        case "inf": return .infinity
        case "-inf": return -.infinity
        case "nan": return .nan
        default: return FloatConversion.safeFloat(strtod(s, nil))
        }
    }
}
