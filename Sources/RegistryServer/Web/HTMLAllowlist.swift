/// Keeps only known-safe markup in HTML made from comments (Markdown through Ink): the tags
/// Markdown produces, `href` on links when it is a fragment, a path on this registry or an
/// http(s)/mailto URL, and well-formed character references. Everything else is escaped and
/// shows as text, so a published comment can never run script in a reader's browser.
enum HTMLAllowlist {
    static let tags: Set<String> = ["p", "a", "em", "strong", "code", "pre", "ul", "ol", "li", "blockquote", "br", "hr",
                                    "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "s", "del"]

    static func sanitize(_ html: String) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count)
        var i = html.startIndex
        while i < html.endIndex {
            let c = html[i]
            if c == "<", let end = html[i...].firstIndex(of: ">"), let tag = allowedTag(String(html[html.index(after: i)..<end])) {
                out += tag
                i = html.index(after: end)
            } else if c == "<" {
                out += "&lt;"
                i = html.index(after: i)
            } else if c == ">" {
                out += "&gt;"
                i = html.index(after: i)
            } else if c == "&" {
                let rest = html[html.index(after: i)...].prefix(12)
                if let semi = rest.firstIndex(of: ";"), isReference(rest[rest.startIndex..<semi]) {
                    out += "&"
                } else {
                    out += "&amp;"
                }
                i = html.index(after: i)
            } else {
                out.append(c)
                i = html.index(after: i)
            }
        }
        return out
    }

    /// The tag rebuilt from allowed parts, or nil when it is not allowed.
    static func allowedTag(_ inner: String) -> String? {
        var body = Substring(inner)
        let closing = body.hasPrefix("/")
        if closing { body = body.dropFirst() }
        let name = String(body.prefix { $0.isLetter || $0.isNumber }).lowercased()
        guard tags.contains(name) else { return nil }
        if closing { return "</\(name)>" }
        guard name == "a" else { return "<\(name)>" }
        // Ink writes <a href="URL">: take the URL back and keep it only if it is safe.
        guard let start = body.range(of: "href=\""), let end = body[start.upperBound...].firstIndex(of: "\"") else { return "<a>" }
        let href = String(body[start.upperBound..<end])
        return isSafeLink(href) ? "<a href=\"\(href)\">" : "<a>"
    }

    static func isSafeLink(_ href: String) -> Bool {
        guard !href.contains(where: { $0 == "<" || $0 == ">" || $0 == "\"" || $0 == "'" || $0 == "`" || $0.isWhitespace }) else {
            return false
        }
        let lower = href.lowercased()
        if lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:") { return true }
        if href.hasPrefix("#") || href.hasPrefix("?") { return true }
        return href.hasPrefix("/") && !href.hasPrefix("//")
    }

    static func isReference(_ s: Substring) -> Bool {
        if s.hasPrefix("#x") || s.hasPrefix("#X") { return s.count > 2 && s.dropFirst(2).allSatisfy(\.isHexDigit) }
        if s.hasPrefix("#") { return s.count > 1 && s.dropFirst().allSatisfy(\.isNumber) }
        return !s.isEmpty && s.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }
}
