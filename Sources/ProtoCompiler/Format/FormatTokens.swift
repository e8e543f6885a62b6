/// Format: takes one file's bytes and its AST and gives the file printed in buf format's
/// layout. It needs more than the AST keeps: every token (commas, `=`, dots) and every
/// comment with the whitespace before it, attributed to tokens as buf's parser attributes them,
/// since buf's layout decisions (blank lines kept, comments moved or kept in line) hang on that.

/// Every token of a file in order, plus the comments left before the end of the file.
struct FormatTokens {
    var tokens: [FormatToken] = []
    var eofLeading: [FormatComment] = []
    private var indexByOffset: [Int32: Int] = [:]

    /// Lexes `bytes` again with every comment kept and attributes the comments: the comments
    /// starting on the line where the previous token ends trail that token when the next token
    /// (or the end of the file) is on a later line and they do not run into that line, or when
    /// the previous token is `;`, `,` or `}`; every other comment leads the next token.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var lexer = Lexer(bytes)
        lexer.keepComments = true
        var raw: [Token] = []
        while lexer.next() { raw.append(lexer.current) }
        let comments = lexer.comments

        func text(_ start: Int, _ end: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        func whitespace(_ start: Int, _ end: Int) -> Substring {
            Substring(text(start, max(start, end)))
        }

        var commentIndex = 0
        var previousEnd = 0
        var previousEndLine: Int32 = -1
        var pending: [FormatComment] = []
        var eofLine: Int32 = 0
        for b in bytes where b == 0x0A { eofLine += 1 }

        func collect(before offset: Int) {
            while commentIndex < comments.count && Int(comments[commentIndex].offset) < offset {
                let c = comments[commentIndex]
                var end = Int(c.offset) + Int(c.length)
                if c.style == .line && end > Int(c.offset) && bytes[end - 1] == 0x0A { end -= 1 }
                let body = text(Int(c.offset), end)
                var endLine = c.line
                if c.style == .block { for ch in body.utf8 where ch == 0x0A { endLine += 1 } }
                pending.append(FormatComment(text: body, leadingWhitespace: whitespace(previousEnd, Int(c.offset)),
                                             isLine: c.style == .line, startLine: c.line, endLine: endLine))
                previousEnd = end
                commentIndex += 1
            }
        }

        /// Splits the comments in front of the next token between the previous one and it.
        func attribute(nextLine: Int32, isEOF: Bool, nextClosesScope: Bool = false) -> [FormatComment] {
            var leading = pending
            pending = []
            guard !tokens.isEmpty, let first = leading.first else { return leading }
            var nStart = nextLine
            if isEOF && nStart == previousEndLine { nStart += 1 }
            if nStart > previousEndLine && first.startLine == previousEndLine {
                // Every comment starting on that line trails it, unless the last of them runs
                // into the next token's line.
                var count = 0
                while count < leading.count && leading[count].startLine == previousEndLine { count += 1 }
                let last = leading[count - 1]
                if last.isLine || count < leading.count || last.endLine < nStart {
                    tokens[tokens.count - 1].trailing.append(contentsOf: leading[..<count])
                    leading.removeFirst(count)
                }
            } else if nStart == previousEndLine && !nextClosesScope, let last = tokens.last,
                      last.isRune(";") || last.isRune(",") || last.isRune("}") {
                // buf ends a statement or list entry at its separator: comments after it on
                // the same line stay with it even when the next one starts on that line too (but
                // not before the `}` that closes the scope).
                tokens[tokens.count - 1].trailing.append(contentsOf: leading)
                leading.removeAll()
            }
            return leading
        }

        tokens.reserveCapacity(raw.count)
        for token in raw {
            collect(before: Int(token.offset))
            let closes = token.kind == .symbol && token.length == 1 && bytes[Int(token.offset)] == UInt8(ascii: "}")
            let leading = attribute(nextLine: token.line, isEOF: false, nextClosesScope: closes)
            var t = FormatToken(token: token, text: text(Int(token.offset), token.end))
            t.leading = leading
            t.leadingWhitespace = whitespace(previousEnd, Int(token.offset))
            indexByOffset[token.offset] = tokens.count
            tokens.append(t)
            previousEnd = token.end
            previousEndLine = token.line
        }
        collect(before: bytes.count + 1)
        eofLeading = attribute(nextLine: eofLine, isEOF: true)
    }

    func index(of token: Token) -> Int {
        guard let i = indexByOffset[token.offset] else {
            preconditionFailure("format: no token at offset \(token.offset)")
        }
        return i
    }

    subscript(_ i: Int) -> FormatToken { tokens[i] }
}
