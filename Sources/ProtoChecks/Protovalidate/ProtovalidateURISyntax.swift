/// RFC 3986 URIs and URI references, for protovalidate's `isUri` and `isUriRef`.
enum ProtovalidateURISyntax {
    /// `scheme ":" hier-part ["?" query] ["#" fragment]`.
    static func isURI(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), isScheme(bytes[..<colon]) else { return false }
        return isRelativeOrHier(bytes[(colon + 1)...], allowColonInFirstSegment: true)
    }

    /// A URI, or a relative reference whose first path segment has no colon.
    static func isURIReference(_ text: String) -> Bool {
        if isURI(text) { return true }
        return isRelativeOrHier(Array(text.utf8)[...], allowColonInFirstSegment: false)
    }

    private static func isScheme(_ s: ArraySlice<UInt8>) -> Bool {
        guard let first = s.first, isAlpha(first) else { return false }
        return s.allSatisfy { isAlpha($0) || isDigit($0) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }
    }

    /// `hier-part` (or `relative-part`), then the optional query and fragment.
    private static func isRelativeOrHier(_ s: ArraySlice<UInt8>, allowColonInFirstSegment: Bool) -> Bool {
        var rest = s
        var fragment: ArraySlice<UInt8>?
        if let hash = rest.firstIndex(of: UInt8(ascii: "#")) {
            fragment = rest[(hash + 1)...]
            rest = rest[..<hash]
        }
        var query: ArraySlice<UInt8>?
        if let question = rest.firstIndex(of: UInt8(ascii: "?")) {
            query = rest[(question + 1)...]
            rest = rest[..<question]
        }
        for part in [query, fragment].compactMap({ $0 }) where !isChars(part, extra: "/?") { return false }
        var path = rest
        if rest.starts(with: [UInt8(ascii: "/"), UInt8(ascii: "/")]) {
            let afterSlashes = rest.dropFirst(2)
            let end = afterSlashes.firstIndex(of: UInt8(ascii: "/")) ?? afterSlashes.endIndex
            guard isAuthority(afterSlashes[..<end]) else { return false }
            path = afterSlashes[end...]
        } else if !allowColonInFirstSegment {
            let firstSegment = rest.prefix { $0 != UInt8(ascii: "/") }
            if firstSegment.contains(UInt8(ascii: ":")) { return false }
        }
        return path.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).allSatisfy { isChars($0, extra: "") }
    }

    private static func isAuthority(_ s: ArraySlice<UInt8>) -> Bool {
        var host = s
        if let at = s.lastIndex(of: UInt8(ascii: "@")) {
            guard isChars(s[..<at], extra: "", allowAt: false) else { return false }
            host = s[(at + 1)...]
        }
        if host.first == UInt8(ascii: "[") {
            guard let close = host.firstIndex(of: UInt8(ascii: "]")) else { return false }
            let literal = String(decoding: host[(host.startIndex + 1)..<close], as: UTF8.self)
            let afterLiteral = host[(close + 1)...]
            guard isIPLiteral(literal) else { return false }
            return afterLiteral.isEmpty || (afterLiteral.first == UInt8(ascii: ":") && afterLiteral.dropFirst().allSatisfy(isDigit))
        }
        if let colon = host.lastIndex(of: UInt8(ascii: ":")) {
            guard host[(colon + 1)...].allSatisfy(isDigit) else { return false }
            host = host[..<colon]
        }
        return isChars(host, extra: "", allowColon: false, allowAt: false)
    }

    /// `IPv6address`, with a zone written `%25zone`, or `IPvFuture`.
    private static func isIPLiteral(_ text: String) -> Bool {
        if text.hasPrefix("v") || text.hasPrefix("V") {
            guard let dot = text.firstIndex(of: "."), text.index(after: text.startIndex) < dot,
                  text[text.index(after: text.startIndex)..<dot].allSatisfy(\.isHexDigit) else { return false }
            let tail = text[text.index(after: dot)...]
            return !tail.isEmpty && isChars(Array(tail.utf8)[...], extra: "")
        }
        if let zone = text.range(of: "%25") {
            let zoneText = text[zone.upperBound...]
            guard !zoneText.isEmpty, isChars(Array(zoneText.utf8)[...], extra: "", allowColon: false, allowAt: false) else { return false }
            return ProtovalidateAddressSyntax.ipv6(String(text[..<zone.lowerBound]), allowZone: false) != nil
        }
        return ProtovalidateAddressSyntax.ipv6(text, allowZone: false) != nil
    }

    /// Unreserved characters, percent-encodings, sub-delimiters, `:` and `@` (each when
    /// allowed), and the `extra` characters.
    private static func isChars(_ s: ArraySlice<UInt8>, extra: String, allowColon: Bool = true, allowAt: Bool = true) -> Bool {
        let subDelims = Set("!$&'()*+,;=".utf8)
        let unreserved = Set("-._~".utf8)
        let extras = Set(extra.utf8)
        var i = s.startIndex
        while i < s.endIndex {
            let b = s[i]
            if b == UInt8(ascii: "%") {
                guard i + 2 < s.endIndex, isHex(s[i + 1]), isHex(s[i + 2]) else { return false }
                i += 3
                continue
            }
            let ok = isAlpha(b) || isDigit(b) || unreserved.contains(b) || subDelims.contains(b) || extras.contains(b)
                || (allowColon && b == UInt8(ascii: ":")) || (allowAt && b == UInt8(ascii: "@"))
            guard ok else { return false }
            i += 1
        }
        return true
    }

    private static func isAlpha(_ b: UInt8) -> Bool { (65...90).contains(b) || (97...122).contains(b) }
    private static func isDigit(_ b: UInt8) -> Bool { (48...57).contains(b) }
    private static func isHex(_ b: UInt8) -> Bool { isDigit(b) || (65...70).contains(b) || (97...102).contains(b) }
}
