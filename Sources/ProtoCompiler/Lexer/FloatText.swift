import Foundation

/// Floating-point numbers as protoc prints them in descriptors (io::SimpleDtoa and
/// SimpleFtoa): the shortest of 15 (6 for floats) or 17 (9) significant digits that reads
/// back to the same value, `inf`, `-inf` and `nan` spelled out.
enum FloatText {
    static func simpleDtoa(_ value: Double) -> String {
        if value == .infinity { return "inf" }
        if value == -.infinity { return "-inf" }
        if value.isNaN { return "nan" }
        let short = format(value, digits: 15)
        if strtod(short, nil) == value { return short }
        return format(value, digits: 17)
    }

    static func simpleFtoa(_ value: Float) -> String {
        if value == .infinity { return "inf" }
        if value == -.infinity { return "-inf" }
        if value.isNaN { return "nan" }
        let short = format(Double(value), digits: 6)
        if strtof(short, nil) == value { return short }
        return format(Double(value), digits: 9)
    }

    private static func format(_ value: Double, digits: Int32) -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        _ = withVaList([digits, value]) { vsnprintf(&buffer, 64, "%.*g", $0) }
        return String(cString: buffer)
    }
}
