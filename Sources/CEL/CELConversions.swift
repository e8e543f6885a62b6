/// CEL's type conversions (`int(x)`, `string(x)`, `duration("1s")`, ...) and the text forms of
/// durations and timestamps.
enum CELConversions {
    static func convert(_ value: CELValue, to type: String) -> CELValue? {
        switch (type, value) {
        case ("int", .int), ("uint", .uint), ("double", .double), ("string", .string), ("bytes", .bytes), ("bool", .bool):
            return value
        case ("int", .uint(let u)): return Int64(exactly: u).map(CELValue.int) ?? .error("int overflow")
        case ("int", .double(let d)):
            guard d.isFinite, d > -9.223372036854775808e18, d < 9.223372036854775807e18 else { return .error("int overflow") }
            return .int(Int64(d))
        case ("int", .string(let s)): return Int64(s).map(CELValue.int) ?? .error("cannot convert '\(s)' to int")
        case ("int", .timestamp(let t)): return .int(t.nanos < 0 ? t.seconds - 1 : t.seconds)
        case ("uint", .int(let i)): return UInt64(exactly: i).map(CELValue.uint) ?? .error("uint overflow")
        case ("uint", .double(let d)):
            guard d.isFinite, d > -1, d < 1.8446744073709552e19 else { return .error("uint overflow") }
            return .uint(UInt64(d))
        case ("uint", .string(let s)): return UInt64(s).map(CELValue.uint) ?? .error("cannot convert '\(s)' to uint")
        case ("double", .int(let i)): return .double(Double(i))
        case ("double", .uint(let u)): return .double(Double(u))
        case ("double", .string(let s)): return Double(s).map(CELValue.double) ?? .error("cannot convert '\(s)' to double")
        case ("string", .int(let i)): return .string(String(i))
        case ("string", .uint(let u)): return .string(String(u))
        case ("string", .double(let d)): return .string(CELDecimal(d)?.goGeneral ?? nonFinite(d))
        case ("string", .bool(let b)): return .string(b ? "true" : "false")
        case ("string", .bytes(let b)):
            guard let s = String(validating: b, as: UTF8.self) else { return .error("invalid UTF-8 in bytes, cannot convert to string") }
            return .string(s)
        case ("string", .duration(let d)): return .string(durationText(d))
        case ("string", .timestamp(let t)): return .string(timestampText(t))
        case ("bytes", .string(let s)): return .bytes(Array(s.utf8))
        case ("bool", .string(let s)):
            switch s {
            case "true", "True", "TRUE", "t", "1": return .bool(true)
            case "false", "False", "FALSE", "f", "0": return .bool(false)
            default: return .error("cannot convert '\(s)' to bool")
            }
        default:
            return nil
        }
    }

    static func nonFinite(_ d: Double) -> String { d.isNaN ? "NaN" : (d > 0 ? "+Inf" : "-Inf") }

    /// cel-go's text of a duration: seconds with every digit, then `s` (`7.5s`).
    static func durationText(_ d: CELTime) -> String {
        var text = d.seconds < 0 || d.nanos < 0 ? "-" : ""
        text += String(abs(d.seconds))
        let nanos = abs(Int(d.nanos))
        if nanos > 0 {
            var fraction = String(nanos)
            fraction = String(repeating: "0", count: 9 - fraction.count) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
            text += "." + fraction
        }
        return text + "s"
    }

    /// RFC 3339 in UTC with as many fractional digits as needed (Go's `RFC3339Nano`).
    static func timestampText(_ t: CELTime) -> String {
        var seconds = t.seconds
        var nanos = Int64(t.nanos)
        if nanos < 0 { seconds -= 1; nanos += 1_000_000_000 }
        let c = CELCivilTime(secondsSinceEpoch: seconds)
        func pad(_ n: Int64, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        var text = "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))T\(pad(c.hour, 2)):\(pad(c.minute, 2)):\(pad(c.second, 2))"
        if nanos > 0 {
            var fraction = pad(nanos, 9)
            while fraction.hasSuffix("0") { fraction.removeLast() }
            text += "." + fraction
        }
        return text + "Z"
    }

    /// Go's duration syntax: `1h2m3.5s`, `-300ms`, `1.5us`.
    static func duration(_ value: CELValue) -> CELValue? {
        if case .duration = value { return value }
        guard case .string(let text) = value else { return nil }
        var rest = Substring(text)
        var negative = false
        if rest.hasPrefix("-") || rest.hasPrefix("+") { negative = rest.first == "-"; rest = rest.dropFirst() }
        if rest == "0" { return .duration(CELTime(seconds: 0, nanos: 0)) }
        guard !rest.isEmpty else { return .error("invalid duration '\(text)'") }
        let units: [(String, Double)] = [("ns", 1), ("us", 1e3), ("µs", 1e3), ("ms", 1e6), ("s", 1e9), ("m", 60e9), ("h", 3600e9)]
        var total: Double = 0
        while !rest.isEmpty {
            let number = rest.prefix { $0.isNumber || $0 == "." }
            guard !number.isEmpty, let amount = Double(number) else { return .error("invalid duration '\(text)'") }
            rest = rest.dropFirst(number.count)
            let unitText = rest.prefix { !($0.isNumber || $0 == ".") }
            guard let unit = units.first(where: { $0.0 == unitText }) else { return .error("invalid duration '\(text)'") }
            rest = rest.dropFirst(unitText.count)
            total += amount * unit.1
        }
        let nanos = (negative ? -total : total).rounded()
        guard abs(nanos) < 9.3e18 else { return .error("duration out of range") }
        let whole = Int64(nanos)
        return .duration(CELTime(seconds: whole / 1_000_000_000, nanos: whole % 1_000_000_000))
    }

    /// RFC 3339: `2024-01-02T03:04:05.678Z` or with an offset.
    static func timestamp(_ value: CELValue) -> CELValue? {
        switch value {
        case .timestamp: return value
        case .int(let seconds): return .timestamp(CELTime(seconds: seconds, nanos: 0))
        case .string(let text):
            guard let time = parseTimestamp(text) else { return .error("invalid timestamp '\(text)'") }
            return .timestamp(time)
        default: return nil
        }
    }

    private static func parseTimestamp(_ text: String) -> CELTime? {
        let chars = Array(text)
        func number(_ from: Int, _ count: Int) -> Int64? {
            guard from + count <= chars.count else { return nil }
            let slice = chars[from..<(from + count)]
            guard slice.allSatisfy(\.isASCIIDigit) else { return nil }
            return Int64(String(slice))
        }
        guard chars.count >= 20, let year = number(0, 4), chars[4] == "-", let month = number(5, 2), chars[7] == "-",
              let day = number(8, 2), chars[10] == "T" || chars[10] == "t", let hour = number(11, 2), chars[13] == ":",
              let minute = number(14, 2), chars[16] == ":", let second = number(17, 2),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61 else { return nil }
        var i = 19
        var nanos: Int64 = 0
        if i < chars.count, chars[i] == "." {
            i += 1
            var digits = ""
            while i < chars.count, chars[i].isASCIIDigit { digits.append(chars[i]); i += 1 }
            guard !digits.isEmpty, digits.count <= 9 else { return nil }
            nanos = Int64(digits + String(repeating: "0", count: 9 - digits.count)) ?? 0
        }
        var offset: Int64 = 0
        guard i < chars.count else { return nil }
        if chars[i] == "Z" || chars[i] == "z" {
            i += 1
        } else if chars[i] == "+" || chars[i] == "-", let h = number(i + 1, 2), i + 3 < chars.count, chars[i + 3] == ":",
                  let m = number(i + 4, 2) {
            offset = (h * 3600 + m * 60) * (chars[i] == "-" ? -1 : 1)
            i += 6
        } else {
            return nil
        }
        guard i == chars.count else { return nil }
        let seconds = CELCivilTime.secondsSinceEpoch(year: year, month: month, day: day) + hour * 3600 + minute * 60 + second - offset
        return CELTime(seconds: seconds, nanos: nanos)
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
