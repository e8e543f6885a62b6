/// Lines of JavaScript or TypeScript with two-space indentation.
struct NodeCodeWriter {
    private(set) var text = ""
    private var depth = 0

    mutating func line(_ s: String = "") {
        text += s.isEmpty ? "\n" : String(repeating: "  ", count: depth) + s + "\n"
    }

    /// `open` on one line, the body indented, then `close`.
    mutating func block(_ open: String, _ close: String = "}", _ body: (inout NodeCodeWriter) throws -> Void) rethrows {
        line(open)
        depth += 1
        defer {
            depth -= 1
            line(close)
        }
        try body(&self)
    }

    /// A `/** ... */` comment from proto comment text, if it has any.
    mutating func doc(_ comment: String, deprecated: Bool = false) {
        var lines = comment.split(separator: "\n", omittingEmptySubsequences: false).map {
            // A comment must not end the JSDoc block early.
            String($0).replacingOccurrences(of: "*/", with: "*\\/")
        }
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
        while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines.removeFirst() }
        if deprecated {
            if !lines.isEmpty { lines.append("") }
            lines.append("@deprecated")
        }
        guard !lines.isEmpty else { return }
        line("/**")
        for l in lines {
            let trimmed = l.hasPrefix(" ") ? String(l.dropFirst()) : l
            line(trimmed.isEmpty ? " *" : " * " + trimmed)
        }
        line(" */")
    }
}
