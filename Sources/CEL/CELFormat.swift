/// cel-go's `string.format(list)`: `%s`, `%d`, `%f`, `%e`, `%b`, `%o`, `%x`, `%X` and `%%`,
/// with an optional precision (`%.2f`). Values are written the way cel-go writes them.
enum CELFormat {
    static func format(_ template: String, _ values: [CELValue]) -> CELValue {
        var out = ""
        var next = 0
        var chars = Array(template)[...]
        while let c = chars.popFirst() {
            guard c == "%" else { out.append(c); continue }
            var precision: Int?
            if chars.first == "." {
                chars.removeFirst()
                let digits = chars.prefix { $0.isNumber }
                chars.removeFirst(digits.count)
                precision = Int(String(digits)) ?? 0
            }
            guard let verb = chars.popFirst() else { return .error("could not parse formatting clause: unterminated") }
            if verb == "%" { out.append("%"); continue }
            guard next < values.count else { return .error("index \(next) out of range") }
            let value = values[next]
            next += 1
            let text: CELValue
            switch verb {
            case "s": text = string(value)
            case "d": text = decimal(value)
            case "f": text = fixed(value, precision: precision ?? 6)
            case "e": text = scientific(value, precision: precision ?? 6)
            case "b": text = radix(value, 2, uppercase: false)
            case "o": text = radix(value, 8, uppercase: false)
            case "x", "X": text = hex(value, uppercase: verb == "X")
            default: return .error("could not parse formatting clause: unrecognized formatting clause \"\(verb)\"")
            }
            guard case .string(let piece) = text else { return text }
            out += piece
        }
        return .string(out)
    }

    /// `%s`: strings as they are, lists and maps with their elements in `%s` form.
    static func string(_ value: CELValue) -> CELValue {
        switch value {
        case .string(let s): return .string(s)
        case .bytes(let b): return .string(String(decoding: b, as: UTF8.self))
        case .int(let i): return .string(String(i))
        case .uint(let u): return .string(String(u))
        case .double(let d): return .string(CELDecimal(d)?.fixed ?? CELConversions.nonFinite(d))
        case .bool(let b): return .string(b ? "true" : "false")
        case .null: return .string("null")
        case .duration(let d): return .string(CELConversions.durationText(d))
        case .timestamp(let t): return .string(CELConversions.timestampText(t))
        case .type(let name): return .string(name)
        case .list(let items):
            var parts: [String] = []
            for item in items {
                guard case .string(let s) = string(item) else { return string(item) }
                parts.append(s)
            }
            return .string("[" + parts.joined(separator: ", ") + "]")
        case .map(let pairs):
            var parts: [(String, String)] = []
            for pair in pairs {
                guard case .string(let k) = string(pair.key) else { return string(pair.key) }
                guard case .string(let v) = string(pair.value) else { return string(pair.value) }
                parts.append((k, v))
            }
            return .string("{" + parts.sorted { $0.0 < $1.0 }.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}")
        case .message(let m): return .error("could not format message \(m.typeName) with %s")
        case .error: return value
        }
    }

    private static func decimal(_ value: CELValue) -> CELValue {
        switch value {
        case .int(let i): return .string(String(i))
        case .uint(let u): return .string(String(u))
        case .double(let d) where !d.isFinite: return .string(d.isNaN ? "NaN" : (d > 0 ? "Infinity" : "-Infinity"))
        default: return .error("error during formatting: decimal clause can only be used on integers, was given \(value.typeName)")
        }
    }

    private static func number(_ value: CELValue) -> Double? {
        switch value {
        case .int(let i): return Double(i)
        case .uint(let u): return Double(u)
        case .double(let d): return d
        default: return nil
        }
    }

    private static func fixed(_ value: CELValue, precision: Int) -> CELValue {
        guard let d = number(value) else {
            return .error("error during formatting: fixed-point clause can only be used on doubles, was given \(value.typeName)")
        }
        guard d.isFinite else { return .string(d.isNaN ? "NaN" : (d > 0 ? "Infinity" : "-Infinity")) }
        return .string(rounded(d, precision: precision))
    }

    /// `d` with exactly `precision` fraction digits, rounded half to even on the decimal digits.
    private static func rounded(_ d: Double, precision: Int) -> String {
        guard let decimal = CELDecimal(d) else { return "0" }
        var digits = decimal.digits.map { Int(String($0))! }
        var point = decimal.point
        let keep = point + precision
        if keep < 0 {
            digits = []
        } else if keep < digits.count {
            let roundUp = digits[keep] > 5 || (digits[keep] == 5 && (keep + 1 < digits.count || (keep > 0 && digits[keep - 1] % 2 == 1)))
            digits = Array(digits[..<keep])
            if roundUp {
                var i = digits.count - 1
                while i >= 0 {
                    if digits[i] == 9 { digits[i] = 0; i -= 1 } else { digits[i] += 1; break }
                }
                if i < 0 { digits.insert(1, at: 0); point += 1 }
            }
        }
        let wholeCount = max(point, 0)
        var whole = ""
        for i in 0..<wholeCount { whole += i < digits.count && point >= 0 ? String(digits[i]) : "0" }
        if whole.isEmpty { whole = "0" }
        var fraction = ""
        for i in 0..<precision {
            let index = point + i
            fraction += index >= 0 && index < digits.count ? String(digits[index]) : "0"
        }
        let sign = decimal.negative && digits.contains { $0 != 0 } ? "-" : ""
        return sign + whole + (precision > 0 ? "." + fraction : "")
    }

    private static func scientific(_ value: CELValue, precision: Int) -> CELValue {
        guard let d = number(value) else {
            return .error("error during formatting: scientific clause can only be used on doubles, was given \(value.typeName)")
        }
        guard d.isFinite else { return .string(d.isNaN ? "NaN" : (d > 0 ? "Infinity" : "-Infinity")) }
        guard d != 0 else { return .string("0." + String(repeating: "0", count: precision) + "e+00") }
        var exponent = Int((abs(d)).log10Floor)
        var mantissa = rounded(abs(d) / pow10(exponent), precision: precision)
        if mantissa.hasPrefix("10") {
            exponent += 1
            mantissa = rounded(abs(d) / pow10(exponent), precision: precision)
        }
        let e = abs(exponent)
        return .string((d < 0 ? "-" : "") + mantissa + (exponent < 0 ? "e-" : "e+") + (e < 10 ? "0" : "") + String(e))
    }

    private static func pow10(_ n: Int) -> Double {
        var r = 1.0
        for _ in 0..<abs(n) { r *= 10 }
        return n < 0 ? 1 / r : r
    }

    private static func radix(_ value: CELValue, _ base: Int, uppercase: Bool) -> CELValue {
        switch value {
        case .int(let i): return .string(String(i, radix: base, uppercase: uppercase))
        case .uint(let u): return .string(String(u, radix: base, uppercase: uppercase))
        case .bool(let b) where base == 2: return .string(b ? "1" : "0")
        default: return .error("error during formatting: only integers and bools can be formatted as binary or octal, was given \(value.typeName)")
        }
    }

    private static func hex(_ value: CELValue, uppercase: Bool) -> CELValue {
        func bytesHex(_ b: [UInt8]) -> String {
            b.map { String($0, radix: 16, uppercase: uppercase).count == 1 ? "0" + String($0, radix: 16, uppercase: uppercase) : String($0, radix: 16, uppercase: uppercase) }.joined()
        }
        switch value {
        case .int, .uint: return radix(value, 16, uppercase: uppercase)
        case .string(let s): return .string(bytesHex(Array(s.utf8)))
        case .bytes(let b): return .string(bytesHex(b))
        default: return .error("error during formatting: only integers, byte buffers, and strings can be formatted as hex, was given \(value.typeName)")
        }
    }
}

private extension Double {
    var log10Floor: Double {
        var e = 0.0
        var v = self
        while v >= 10 { v /= 10; e += 1 }
        while v < 1 { v *= 10; e -= 1 }
        return e
    }
}
