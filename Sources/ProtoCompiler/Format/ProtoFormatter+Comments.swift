/// How a token is written with its comments, by its place on the line (buf's writeStart,
/// writeInline, writeLineEnd, writeBodyEnd and writeBodyEndInline).
extension ProtoFormatter {
    /// A token that starts a line: leading comments above it (keeping blank lines between
    /// comment groups and before the token, except at the top of a body), trailing comments
    /// in line.
    func writeStart(_ i: Int, forceCompact: Bool = false) {
        writeStartRange(first: i, last: i, forceCompact: forceCompact) { self.writeTokenText(i) }
    }

    /// `writeStart` for a node made of several tokens: the first one's leading comments and
    /// whitespace, the last one's trailing comments.
    func writeStartRange(first: Int, last: Int, forceCompact: Bool = false, closing: Bool? = nil, body: () -> Void) {
        let t = tokens[first]
        let plan = plans.removeValue(forKey: first)
        let comments = plan?.comments ?? t.leading
        let newlineCount = Self.newlines(plan?.tokenWhitespace ?? t.leadingWhitespace)
        var compact = forceCompact || previousIsOpenBrace
        switch plan?.mode {
        case .sectionStart?:
            // Imports and options open their section with one blank line.
            if hasPrevious { line() }
            compact = true
        case .compact?:
            compact = true
        default:
            break
        }
        if !comments.isEmpty {
            writeMultilineComments(comments, forceCompact: compact)
            if newlineCount > 1 && (plan != nil || !forceCompact) { line() }
        } else if !compact && newlineCount > 1 {
            line()
        }
        writeIndent(closing: closing ?? (first == last && isClosing(first)))
        body()
        let trailingComments = trailing(last)
        if !trailingComments.isEmpty { writeInlineComments(trailingComments) }
        setPrevious(first == last ? first : nil)
    }

    /// A token in the middle of a line: its comments become `/* */` comments in line.
    func writeInline(_ i: Int, as replacement: String? = nil) {
        inline = true
        let t = tokens[i]
        if !t.leading.isEmpty {
            writeInlineComments(t.leading)
            if !t.leadingWhitespace.isEmpty { space() }
        }
        writeTokenText(i, as: replacement)
        writeInlineComments(trailing(i))
        inline = false
        setPrevious(i)
    }

    /// A token that ends a line (`;`, `,`): trailing comments keep their style.
    func writeLineEnd(_ i: Int) {
        let t = tokens[i]
        if !t.leading.isEmpty {
            writeInlineComments(t.leading)
            if !t.leadingWhitespace.isEmpty { space() }
        }
        writeTokenText(i)
        space()
        writeTrailingEndComments(trailing(i))
        setPrevious(i)
    }

    /// The comments before a closing token: in the line when the token stays on it, else on
    /// lines of their own above it, the token then indented as its body's closer.
    private func writeClosingLead(_ i: Int, inLine: Bool) {
        let t = tokens[i]
        if inLine {
            if !t.leading.isEmpty {
                writeInlineComments(t.leading)
                if !t.leadingWhitespace.isEmpty { space() }
            }
        } else {
            writeMultilineComments(t.leading)
            writeIndent(closing: isClosing(i))
        }
    }

    /// A closing token on its own line (or right after the opening one when the body is empty).
    func writeBodyEnd(_ i: Int, leadingEndline: Bool, as replacement: String? = nil) {
        writeClosingLead(i, inLine: leadingEndline)
        writeTokenText(i, as: replacement)
        writeTrailingEndComments(trailing(i))
        setPrevious(i)
    }

    /// A closing token that more may follow on the same line (`]` of options, `}` of a literal).
    func writeBodyEndInline(_ i: Int, leadingInline: Bool, as replacement: String? = nil) {
        writeClosingLead(i, inLine: leadingInline)
        writeTokenText(i, as: replacement)
        let trailingComments = trailing(i)
        if !trailingComments.isEmpty { writeInlineComments(trailingComments) }
        setPrevious(i)
    }

    func writeLineElement(_ i: Int) { writeBodyEnd(i, leadingEndline: false) }

    // MARK: comments

    func writeMultilineComments(_ comments: [FormatComment], forceCompact: Bool = false) {
        var compact = forceCompact || previousIsOpenBrace
        for c in comments {
            if !compact && Self.newlines(c.leadingWhitespace) > 1 { line() }
            compact = false
            writeComment(c.text)
            write("\n")
        }
    }

    func writeInlineComments(_ comments: [FormatComment]) {
        for (n, c) in comments.enumerated() {
            if n > 0 || !c.leadingWhitespace.isEmpty || lastWritten == UInt8(ascii: ";") || lastWritten == UInt8(ascii: "}") {
                // Unlike other text, a comment keeps its space after `(`, `[`, `<` or `{`.
                pendingSpace = false
                if ![0, 0x20, 0x09, 0x0A].contains(lastWritten) { out.append(0x20) }
            }
            var text = c.text
            if text.hasPrefix("//") {
                // The text is kept as written (an inner `*/` broken so the comment stays closed).
                let body = Self.breakCommentClose(Self.trimSpaceRight(Substring(text.dropFirst(2))))
                text = "/*" + body + " */"
            } else {
                text = text.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { Self.trimSpace($0) }.joined(separator: " ")
            }
            write(text)
        }
    }

    func writeTrailingEndComments(_ comments: [FormatComment]) {
        for (n, c) in comments.enumerated() {
            if n > 0 || !c.leadingWhitespace.isEmpty { space() }
            writeComment(c.text)
        }
        line()
    }

    /// A comment on lines of its own. Block comments spanning lines are re-indented: their
    /// lines keep their indentation relative to the least indented one, or, when every line
    /// starts with the same punctuation (` * `), line up under the opening `*`.
    func writeComment(_ text: String) {
        guard text.hasPrefix("/*"), text.contains("\n") else {
            writeIndent(closing: false)
            write(Self.trimSpace(Substring(text)))
            return
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var minIndent = -1
        var prefix: Substring = ""
        for n in 1..<lines.count {
            if let indent = Self.computeIndent(lines[n]), minIndent == -1 || indent < minIndent {
                minIndent = indent
            }
            if n > 1 && prefix.isEmpty { continue }
            let trimmed = Self.trimSpace(lines[n])
            if trimmed == "*/" { continue }
            var linePrefix: Substring = ""
            if let first = trimmed.utf8.first, Self.isCommentPrefix(first) {
                linePrefix = trimmed.prefix(1)
            }
            if n == 1 {
                prefix = linePrefix
            } else if linePrefix != prefix {
                prefix = ""
            }
        }
        if minIndent < 0 { minIndent = 0 }
        for (n, raw) in lines.enumerated() {
            let trimmed = Self.trimSpace(raw)
            var text: String
            if trimmed.isEmpty || trimmed == "*/" || !prefix.isEmpty {
                text = trimmed
            } else {
                text = Self.trimSpaceRight(Self.unindent(raw, minIndent))
            }
            if n > 0 && text != "*/" {
                text = (prefix.isEmpty ? "   " : " ") + text
            }
            if text == "*/" && prefix == "*" { text = " " + text }
            if n != lines.count - 1 {
                line(text)
            } else {
                writeIndent(closing: false)
                write(text)
            }
        }
    }

    func leadingCommentsContainBlankLine(_ i: Int) -> Bool {
        let t = tokens[i]
        for c in t.leading where Self.newlines(c.leadingWhitespace) > 1 { return true }
        return Self.newlines(t.leadingWhitespace) > 1
    }

    // MARK: text helpers (Go's unicode.IsSpace is Unicode's White_Space)

    static func isSpace(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace }

    static func trimSpace(_ s: Substring) -> String {
        let scalars = s.unicodeScalars
        guard let start = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !isSpace($0) })!
        return String(scalars[start...end])
    }

    static func trimSpaceRight(_ s: Substring) -> String {
        let scalars = s.unicodeScalars
        guard let end = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[...end])
    }

    /// `*/` inside a line comment written as a block comment would end it early.
    static func breakCommentClose(_ s: String) -> String {
        guard s.contains("*/") else { return s }
        var out = ""
        var previous: Character = " "
        for c in s {
            if previous == "*" && c == "/" { out.append(" ") }
            out.append(c)
            previous = c
        }
        return out
    }

    static func isCommentPrefix(_ byte: UInt8) -> Bool {
        let scalar = Unicode.Scalar(byte)
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return false
        default:
            return true
        }
    }

    /// Columns of leading blanks (tabs to the next multiple of 8); nil for a blank line or `*/`.
    static func computeIndent(_ s: Substring) -> Int? {
        if trimSpace(s) == "*/" { return nil }
        var indent = 0
        for c in s.unicodeScalars {
            switch c {
            case " ": indent += 1
            case "\t": indent += 8 - indent % 8
            default: return indent
            }
        }
        return nil
    }

    static func unindent(_ s: Substring, _ amount: Int) -> Substring {
        var pos = 0
        var index = s.unicodeScalars.startIndex
        while index < s.unicodeScalars.endIndex {
            if pos == amount { return Substring(s.unicodeScalars[index...]) }
            if pos > amount {
                return Substring(String(repeating: " ", count: pos - amount) + String(s.unicodeScalars[index...]))
            }
            switch s.unicodeScalars[index] {
            case " ": pos += 1
            case "\t": pos += 8 - pos % 8
            default: return Substring(s.unicodeScalars[index...])
            }
            index = s.unicodeScalars.index(after: index)
        }
        return ""
    }
}
