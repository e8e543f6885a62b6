/// The address checks behind protovalidate's CEL functions `isHostname`, `isEmail`, `isIp`,
/// `isIpPrefix` and `isHostAndPort`, as protovalidate's documentation defines them.
enum ProtovalidateAddressSyntax {
    /// RFC 1034 host names: dot-separated labels of letters, digits and inner hyphens, at most
    /// 63 bytes each and 253 in all, an optional final dot, and a last label that is not all digits.
    static func isHostname(_ text: String) -> Bool {
        guard text.utf8.count <= 253 else { return false }
        let name = text.hasSuffix(".") ? String(text.dropLast()) : text
        var allDigits = false
        for label in name.split(separator: ".", omittingEmptySubsequences: false) {
            let bytes = Array(label.utf8)
            guard (1...63).contains(bytes.count), bytes.first != UInt8(ascii: "-"), bytes.last != UInt8(ascii: "-") else { return false }
            allDigits = true
            for b in bytes {
                let digit = (48...57).contains(b)
                guard digit || (65...90).contains(b) || (97...122).contains(b) || b == UInt8(ascii: "-") else { return false }
                allDigits = allDigits && digit
            }
        }
        return !allDigits
    }

    /// The HTML living standard's e-mail address syntax.
    static func isEmail(_ text: String) -> Bool {
        guard let at = text.firstIndex(of: "@") else { return false }
        let local = text[..<at].utf8
        let domain = String(text[text.index(after: at)...])
        let localAllowed = Set("!#$%&'*+/=?^_`{|}~.-".utf8)
        guard !local.isEmpty, local.allSatisfy({ isAlphanumeric($0) || localAllowed.contains($0) }) else { return false }
        return domain.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { label in
            let bytes = Array(label.utf8)
            return (1...63).contains(bytes.count) && isAlphanumeric(bytes.first!) && isAlphanumeric(bytes.last!)
                && bytes.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: "-") }
        }
    }

    private static func isAlphanumeric(_ b: UInt8) -> Bool { (48...57).contains(b) || (65...90).contains(b) || (97...122).contains(b) }

    /// `version` 0 accepts either family.
    static func isIp(_ text: String, version: Int64 = 0) -> Bool {
        switch version {
        case 0: return ipv4(text) != nil || ipv6(text, allowZone: true) != nil
        case 4: return ipv4(text) != nil
        case 6: return ipv6(text, allowZone: true) != nil
        default: return false
        }
    }

    /// `address/length`; `strict` also wants every bit after the prefix to be zero.
    static func isIpPrefix(_ text: String, version: Int64 = 0, strict: Bool = false) -> Bool {
        guard let slash = text.lastIndex(of: "/") else { return false }
        let address = String(text[..<slash])
        let lengthText = text[text.index(after: slash)...]
        guard !lengthText.isEmpty, lengthText.count <= 3, lengthText.allSatisfy(\.isASCIIDigitCharacter),
              lengthText == "0" || !lengthText.hasPrefix("0"), let length = Int(lengthText) else { return false }
        let bits: [UInt8]
        if (version == 0 || version == 4), let v4 = ipv4(address) {
            bits = v4
        } else if (version == 0 || version == 6), let v6 = ipv6(address, allowZone: false) {
            bits = v6
        } else {
            return false
        }
        guard length <= bits.count * 8 else { return false }
        guard strict else { return true }
        for bit in length..<(bits.count * 8) where bits[bit / 8] & (0x80 >> UInt8(bit % 8)) != 0 { return false }
        return true
    }

    /// `host:port` with a host name, an IPv4 address or a bracketed IPv6 address.
    static func isHostAndPort(_ text: String, portRequired: Bool) -> Bool {
        var host = Substring(text)
        var port: Substring?
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { return false }
            let inside = String(text[text.index(after: text.startIndex)..<close])
            let rest = text[text.index(after: close)...]
            guard ipv6(inside, allowZone: true) != nil else { return false }
            if rest.isEmpty { return !portRequired }
            guard rest.hasPrefix(":") else { return false }
            return isPort(rest.dropFirst())
        }
        if let colon = text.lastIndex(of: ":") {
            host = text[..<colon]
            port = text[text.index(after: colon)...]
        }
        guard let port else { return !portRequired && (isHostname(String(host)) || ipv4(String(host)) != nil) }
        return isPort(port) && (isHostname(String(host)) || ipv4(String(host)) != nil)
    }

    private static func isPort(_ text: Substring) -> Bool {
        guard !text.isEmpty, text.count <= 5, text.allSatisfy(\.isASCIIDigitCharacter),
              text == "0" || !text.hasPrefix("0"), let n = Int(text) else { return false }
        return n <= 65535
    }

    /// Dotted decimal: four numbers of 0–255 without leading zeros.
    static func ipv4(_ text: String) -> [UInt8]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var bytes: [UInt8] = []
        for part in parts {
            guard !part.isEmpty, part.count <= 3, part.allSatisfy(\.isASCIIDigitCharacter),
                  part == "0" || !part.hasPrefix("0"), let n = Int(part), n <= 255 else { return nil }
            bytes.append(UInt8(n))
        }
        return bytes
    }

    /// RFC 4291 text form: hex groups, at most one `::`, an optional dotted IPv4 tail, and,
    /// when allowed, a non-empty zone after `%`.
    static func ipv6(_ text: String, allowZone: Bool) -> [UInt8]? {
        var address = Substring(text)
        if let percent = text.firstIndex(of: "%") {
            guard allowZone, text.index(after: percent) < text.endIndex else { return nil }
            address = text[..<percent]
        }
        var head: [UInt16] = []
        var tail: [UInt16] = []
        var sawGap = false
        if let gap = address.range(of: "::") {
            sawGap = true
            let before = address[..<gap.lowerBound]
            let after = address[gap.upperBound...]
            guard !after.contains("::") else { return nil }
            guard let h = groups(before, allowIPv4Tail: false), let t = groups(after, allowIPv4Tail: true) else { return nil }
            head = h
            tail = t
        } else {
            guard let all = groups(address, allowIPv4Tail: true) else { return nil }
            head = all
        }
        let count = head.count + tail.count
        guard sawGap ? count <= 7 : count == 8 else { return nil }
        let words = head + Array(repeating: 0, count: 8 - count) + tail
        return words.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xff)] }
    }

    /// Colon-separated hex groups; the last may be a dotted IPv4 address (two groups).
    private static func groups(_ text: Substring, allowIPv4Tail: Bool) -> [UInt16]? {
        if text.isEmpty { return [] }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        var words: [UInt16] = []
        for (i, part) in parts.enumerated() {
            if i == parts.count - 1, allowIPv4Tail, part.contains(".") {
                guard let v4 = ipv4(String(part)) else { return nil }
                words.append(UInt16(v4[0]) << 8 | UInt16(v4[1]))
                words.append(UInt16(v4[2]) << 8 | UInt16(v4[3]))
                continue
            }
            guard (1...4).contains(part.count), let word = UInt16(part, radix: 16) else { return nil }
            words.append(word)
        }
        return words
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { ("0"..."9").contains(self) }
}
