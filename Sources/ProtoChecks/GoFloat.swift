/// Floating-point values printed as Go's `%v` prints them, which buf's messages use: the
/// shortest digits that read back as the same value, in exponent form when the exponent is
/// below -4 or at least 6 (`1e+06`, `9.007199254740992e+15`, `1e-05`), `+Inf`, `-Inf`, `NaN`.
enum GoFloat {
    static func text(_ value: Double) -> String { text(description: "\(value)", isNaN: value.isNaN, isInfinite: value.isInfinite, sign: value.sign) }
    static func text(_ value: Float) -> String { text(description: "\(value)", isNaN: value.isNaN, isInfinite: value.isInfinite, sign: value.sign) }

    /// From Swift's description, which also gives the shortest digits, in its own layout.
    private static func text(description: String, isNaN: Bool, isInfinite: Bool, sign: FloatingPointSign) -> String {
        if isNaN { return "NaN" }
        if isInfinite { return sign == .minus ? "-Inf" : "+Inf" }
        var s = Substring(description)
        let negative = s.hasPrefix("-")
        if negative { s = s.dropFirst() }
        var exponent = 0
        if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(s[s.index(after: e)...]) ?? 0
            s = s[..<e]
        }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        var digits = Array(parts[0] + (parts.count > 1 ? parts[1] : ""))
        // The decimal point sits after `point` digits.
        var point = parts[0].count + exponent
        while digits.first == "0" { digits.removeFirst(); point -= 1 }
        while digits.last == "0" { digits.removeLast() }
        let sign = negative ? "-" : ""
        if digits.isEmpty { return sign + "0" }
        let e = point - 1
        if e < -4 || e >= 6 {
            let mantissa = String(digits[0]) + (digits.count > 1 ? "." + String(digits[1...]) : "")
            let magnitude = abs(e)
            return sign + mantissa + "e" + (e < 0 ? "-" : "+") + (magnitude < 10 ? "0" : "") + "\(magnitude)"
        }
        if point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + String(digits) }
        if point >= digits.count { return sign + String(digits) + String(repeating: "0", count: point - digits.count) }
        return sign + String(digits[..<point]) + "." + String(digits[point...])
    }
}
