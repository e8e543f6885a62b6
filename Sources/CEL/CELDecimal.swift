/// The shortest decimal digits that read back as a given binary floating-point number, and the
/// layouts Go prints them in: cel-go formats doubles with Go's `strconv`, and buf prints example
/// values with Go's `%v`.
public struct CELDecimal: Sendable {
    public let negative: Bool
    /// Significant digits without leading or trailing zeros; empty for zero.
    public let digits: [Character]
    /// Where the decimal point goes: the value is 0.digits × 10^point.
    public let point: Int

    /// Nil for NaN and the infinities.
    public init?(_ value: Double) {
        self.init(description: value.description, isFinite: value.isFinite)
    }

    /// The digits of a `float` field's value, shortest for 32 bits as Go prints a float32.
    public init?(float value: Float) {
        self.init(description: value.description, isFinite: value.isFinite)
    }

    private init?(description: String, isFinite: Bool) {
        guard isFinite else { return nil }
        var text = Substring(description)
        negative = text.hasPrefix("-")
        if negative { text = text.dropFirst() }
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...].replacingOccurrences(of: "+", with: "")) ?? 0
            text = text[..<e]
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let whole = Array(parts[0])
        let fraction = parts.count > 1 ? Array(parts[1]) : []
        var all = whole + fraction
        var point = whole.count + exponent
        while let first = all.first, first == "0" { all.removeFirst(); point -= 1 }
        while let last = all.last, last == "0" { all.removeLast() }
        digits = all
        self.point = all.isEmpty ? 0 : point
    }

    /// Go's `strconv.FormatFloat(v, 'f', -1, 64)`: every digit, no exponent.
    public var fixed: String {
        var out = negative ? "-" : ""
        if digits.isEmpty { return out + "0" }
        if point <= 0 {
            out += "0." + String(repeating: "0", count: -point) + String(digits)
        } else if point >= digits.count {
            out += String(digits) + String(repeating: "0", count: point - digits.count)
        } else {
            out += String(digits[..<point]) + "." + String(digits[point...])
        }
        return out
    }

    /// Go's `%v` (`%g` at the shortest precision): an exponent when it is below -4 or at least 6.
    public var goGeneral: String {
        let exponent = point - 1
        guard !digits.isEmpty, exponent < -4 || exponent >= 6 else { return fixed }
        var out = negative ? "-" : ""
        out += String(digits[0])
        if digits.count > 1 { out += "." + String(digits[1...]) }
        let magnitude = abs(exponent)
        out += (exponent < 0 ? "e-" : "e+") + (magnitude < 10 ? "0" : "") + String(magnitude)
        return out
    }
}

private extension Substring {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        String(self).split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
