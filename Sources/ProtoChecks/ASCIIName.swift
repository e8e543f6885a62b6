/// `NameStyle`'s conversions on bytes, for the names that are plain ASCII (nearly all of them):
/// the same results without Unicode property lookups, which dominate lint time on large trees.
struct ASCIIName {
    let bytes: [UInt8]

    init?(_ name: String) {
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        bytes = Array(name.utf8)
    }

    static let underscore = UInt8(ascii: "_")
    static func isDelimiter(_ b: UInt8) -> Bool {
        b == underscore || b == UInt8(ascii: "-") || b == 0x20 || (b >= 0x09 && b <= 0x0d)
    }
    static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5a }
    static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7a }
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    static func upper(_ b: UInt8) -> UInt8 { isLower(b) ? b - 32 : b }
    static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b + 32 : b }

    func pascal() -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var afterDelimiter = true
        for b in bytes {
            if Self.isDelimiter(b) {
                afterDelimiter = true
                continue
            }
            out.append(afterDelimiter || Self.isUpper(b) ? Self.upper(b) : Self.lower(b))
            afterDelimiter = false
        }
        return String(decoding: out, as: UTF8.self)
    }

    func snake() -> String {
        var start = 0, end = bytes.count
        while start < end && Self.isDelimiter(bytes[start]) { start += 1 }
        while end > start && Self.isDelimiter(bytes[end - 1]) { end -= 1 }
        let chars = bytes[start..<end]
        var out: [UInt8] = []
        out.reserveCapacity(chars.count + 4)
        for i in chars.indices {
            let c = Self.isDelimiter(chars[i]) ? Self.underscore : chars[i]
            guard i > start else {
                out.append(c)
                continue
            }
            if Self.isUpper(c), out.last != Self.underscore, startsWord(at: i, chars) {
                out.append(Self.underscore)
                out.append(c)
            } else if !(c == Self.underscore && out.last == Self.underscore) {
                out.append(c)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private func startsWord(at i: Int, _ chars: ArraySlice<UInt8>) -> Bool {
        if Self.isLower(chars[i - 1]) { return true }
        guard i + 1 < chars.endIndex else { return false }
        let next = chars[i + 1]
        return !(Self.isUpper(next) || Self.isDigit(next) || Self.isDelimiter(next))
    }
}
