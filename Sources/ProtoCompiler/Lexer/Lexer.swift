/// Lexer: takes the bytes of one `.proto` file and gives its tokens one at a time, each with
/// protoc's position, and the comments between tokens sorted into trailing, detached and
/// leading comments as protoc's tokenizer sorts them (`nextWithComments`). Its errors are
/// protoc's tokenizer errors, at protoc's positions. It works on bytes and copies no text:
/// tokens point into the buffer.
struct Lexer {
    static let tabWidth: Int32 = 8

    let text: UnsafeBufferPointer<UInt8>
    private(set) var pos = 0
    /// The byte under the cursor; 0 past the end (as protoc's tokenizer after its last refresh).
    private(set) var char: UInt8
    private(set) var atEOF: Bool
    private(set) var line: Int32 = 0
    private(set) var column: Int32 = 0
    private(set) var current = Token.none
    private(set) var previous = Token.none
    var diagnostics: [Diagnostic] = []
    /// A file with this many errors is not read further (a text file that is not a .proto).
    static let errorLimit = 100
    /// Set by `stop()`: from then on every token is the end of the file.
    private(set) var stopped = false
    /// Every comment passed, when `keepComments` is set.
    private(set) var comments: [Comment] = []
    var keepComments = false

    /// Where comment text is being recorded (protoc's RecordTo), as a start offset.
    private var recordStart = -1
    private var recordBuffer: [UInt8] = []

    init(_ text: UnsafeBufferPointer<UInt8>) {
        self.text = text
        atEOF = text.isEmpty
        char = text.isEmpty ? 0 : text[0]
    }

    // MARK: characters

    @inline(__always) static func isWhitespace(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0B || c == 0x0C
    }
    @inline(__always) static func isWhitespaceNoNewline(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0B || c == 0x0C
    }
    @inline(__always) static func isUnprintable(_ c: UInt8) -> Bool { c < 0x20 && c > 0 }
    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    @inline(__always) static func isOctalDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x37 }
    @inline(__always) static func isHexDigit(_ c: UInt8) -> Bool {
        isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46)
    }
    @inline(__always) static func isLetter(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || c == 0x5F
    }
    @inline(__always) static func isAlphanumeric(_ c: UInt8) -> Bool { isLetter(c) || isDigit(c) }
    @inline(__always) static func isEscape(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "a"), UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"),
             UInt8(ascii: "t"), UInt8(ascii: "v"), UInt8(ascii: "\\"), UInt8(ascii: "?"), UInt8(ascii: "'"),
             UInt8(ascii: "\""):
            return true
        default:
            return false
        }
    }

    @inline(__always) mutating func nextChar() {
        if char == 0x0A {
            line += 1
            column = 0
        } else if char == 0x09 {
            column += Lexer.tabWidth - column % Lexer.tabWidth
        } else {
            column += 1
        }
        pos += 1
        if pos < text.count {
            char = text[pos]
        } else {
            atEOF = true
            char = 0
        }
    }

    @inline(__always) mutating func tryConsume(_ c: UInt8) -> Bool {
        if char == c && !(c == 0 && atEOF) {
            nextChar()
            return true
        }
        return false
    }

    @inline(__always) mutating func consumeZeroOrMore(_ inClass: (UInt8) -> Bool) {
        while inClass(char) { nextChar() }
    }

    mutating func addError(_ message: String) {
        diagnostics.append(Diagnostic(line: line, column: column, message))
    }

    /// Ends the file here: the current token and every later one is the end token. With
    /// `reason`, that is reported as one more error at the current token.
    mutating func stop(_ reason: String? = nil) {
        if let reason, !stopped {
            diagnostics.append(Diagnostic(line: current.line, column: current.column, reason))
        }
        stopped = true
        current.kind = .end
        current.length = 0
    }

    /// True (and the lexer stopped) once the file has `errorLimit` errors: reading on would
    /// only bury the first ones, and a large non-proto file would take seconds.
    mutating func atErrorLimit() -> Bool {
        if stopped { return true }
        guard diagnostics.count >= Lexer.errorLimit else { return false }
        // One token can bring more than one error; keep exactly the first `errorLimit`.
        diagnostics.removeLast(diagnostics.count - Lexer.errorLimit)
        stop("Too many errors; the rest of the file is not read (is it a .proto file?).")
        return true
    }

    // MARK: recording comment text

    private mutating func recordTo() {
        recordStart = pos
    }

    private mutating func stopRecording() {
        let end = min(pos, text.count)
        if recordStart >= 0 && end > recordStart {
            recordBuffer.append(contentsOf: UnsafeBufferPointer(rebasing: text[recordStart..<end]))
        }
        recordStart = -1
    }

    // MARK: tokens

    private mutating func startToken() {
        current.kind = .start
        current.offset = Int32(pos)
        current.length = 0
        current.line = line
        current.column = column
    }

    private mutating func endToken() {
        current.length = Int32(pos) - current.offset
        current.endColumn = column
    }

    /// protoc's ConsumeString: the opening quote is already consumed.
    private mutating func consumeString(_ delimiter: UInt8) {
        while true {
            switch char {
            case 0:
                addError("Unexpected end of string.")
                return
            case 0x0A:
                addError("Multiline strings are not allowed. Did you miss a \"?.")
                return
            case UInt8(ascii: "\\"):
                nextChar()
                if Lexer.isEscape(char) {
                    nextChar()
                } else if Lexer.isOctalDigit(char) {
                    nextChar()
                } else if tryConsume(UInt8(ascii: "x")) || tryConsume(UInt8(ascii: "X")) {
                    if Lexer.isHexDigit(char) { nextChar() } else { addError("Expected hex digits for escape sequence.") }
                } else if tryConsume(UInt8(ascii: "u")) {
                    var ok = true
                    for _ in 0..<4 where ok {
                        if Lexer.isHexDigit(char) { nextChar() } else { ok = false }
                    }
                    if !ok { addError("Expected four hex digits for \\u escape sequence.") }
                } else if tryConsume(UInt8(ascii: "U")) {
                    var ok = tryConsume(UInt8(ascii: "0")) && tryConsume(UInt8(ascii: "0"))
                        && (tryConsume(UInt8(ascii: "0")) || tryConsume(UInt8(ascii: "1")))
                    for _ in 0..<5 where ok {
                        if Lexer.isHexDigit(char) { nextChar() } else { ok = false }
                    }
                    if !ok { addError("Expected eight hex digits up to 10ffff for \\U escape sequence") }
                } else {
                    addError("Invalid escape sequence in string literal.")
                }
            default:
                if char == delimiter {
                    nextChar()
                    return
                }
                nextChar()
            }
        }
    }

    /// protoc's ConsumeNumber: the first character is already consumed.
    private mutating func consumeNumber(startedWithZero: Bool, startedWithDot: Bool) -> TokenKind {
        var isFloat = false
        if startedWithZero && (tryConsume(UInt8(ascii: "x")) || tryConsume(UInt8(ascii: "X"))) {
            if !Lexer.isHexDigit(char) {
                addError("\"0x\" must be followed by hex digits.")
            } else {
                consumeZeroOrMore(Lexer.isHexDigit)
            }
        } else if startedWithZero && Lexer.isDigit(char) {
            consumeZeroOrMore(Lexer.isOctalDigit)
            if Lexer.isDigit(char) {
                addError("Numbers starting with leading zero must be in octal.")
                consumeZeroOrMore(Lexer.isDigit)
            }
        } else {
            if startedWithDot {
                isFloat = true
                consumeZeroOrMore(Lexer.isDigit)
            } else {
                consumeZeroOrMore(Lexer.isDigit)
                if tryConsume(UInt8(ascii: ".")) {
                    isFloat = true
                    consumeZeroOrMore(Lexer.isDigit)
                }
            }
            if tryConsume(UInt8(ascii: "e")) || tryConsume(UInt8(ascii: "E")) {
                isFloat = true
                _ = tryConsume(UInt8(ascii: "-")) || tryConsume(UInt8(ascii: "+"))
                if !Lexer.isDigit(char) {
                    addError("\"e\" must be followed by exponent.")
                } else {
                    consumeZeroOrMore(Lexer.isDigit)
                }
            }
        }
        if Lexer.isLetter(char) {
            addError("Need space between number and identifier.")
        } else if char == UInt8(ascii: ".") {
            if isFloat {
                addError("Already saw decimal point or exponent; can't have another one.")
            } else {
                addError("Hex and octal numbers must be integers.")
            }
        }
        return isFloat ? .float : .integer
    }

    private mutating func consumeLineComment(into content: Bool) {
        if content { recordTo() }
        // Most comments end at a newline, which resets the column: the cursor jumps there
        // without counting columns. One that ends at a NUL byte or the end of the file is
        // walked character by character, since its column then matters.
        var end = pos
        while end < text.count && text[end] != 0x0A && text[end] != 0 { end += 1 }
        if end < text.count && text[end] == 0x0A {
            pos = end
            char = 0x0A
        } else {
            while char != 0 && char != 0x0A { nextChar() }
        }
        _ = tryConsume(0x0A)
        if content { stopRecording() }
    }

    private mutating func consumeBlockComment(into content: Bool) {
        let startLine = line
        let startColumn = column - 2
        if content { recordTo() }
        while true {
            while char != 0 && char != UInt8(ascii: "*") && char != UInt8(ascii: "/") && char != 0x0A {
                nextChar()
            }
            if tryConsume(0x0A) {
                if content { stopRecording() }
                consumeZeroOrMore(Lexer.isWhitespaceNoNewline)
                if tryConsume(UInt8(ascii: "*")) {
                    if tryConsume(UInt8(ascii: "/")) { break }
                }
                if content { recordTo() }
            } else if tryConsume(UInt8(ascii: "*")) && tryConsume(UInt8(ascii: "/")) {
                if content {
                    stopRecording()
                    recordBuffer.removeLast(2)
                }
                break
            } else if tryConsume(UInt8(ascii: "/")) && char == UInt8(ascii: "*") {
                addError("\"/*\" inside block comment.  Block comments cannot be nested.")
            } else if char == 0 {
                addError("End-of-file inside block comment.")
                diagnostics.append(Diagnostic(line: startLine, column: startColumn, "  Comment started here."))
                if content { stopRecording() }
                break
            }
        }
    }

    enum CommentStart { case line, block, slashNotComment, none }

    private mutating func tryConsumeCommentStart() -> CommentStart {
        let startLine = line, startColumn = column, startOffset = pos
        if tryConsume(UInt8(ascii: "/")) {
            if tryConsume(UInt8(ascii: "/")) {
                noteComment(.line, offset: startOffset, line: startLine, column: startColumn)
                return .line
            } else if tryConsume(UInt8(ascii: "*")) {
                noteComment(.block, offset: startOffset, line: startLine, column: startColumn)
                return .block
            } else {
                current.kind = .symbol
                current.offset = Int32(pos - 1)
                current.length = 1
                current.line = line
                current.column = column - 1
                current.endColumn = column
                return .slashNotComment
            }
        }
        return .none
    }

    private mutating func noteComment(_ style: Comment.Style, offset: Int, line: Int32, column: Int32) {
        guard keepComments else { return }
        comments.append(Comment(style: style, offset: Int32(offset), length: 0, line: line, column: column))
        pendingCommentIndex = comments.count - 1
    }
    private var pendingCommentIndex = -1

    /// Closes the length of the comment just read (for `comments`).
    private mutating func endComment() {
        guard keepComments, pendingCommentIndex >= 0 else { return }
        comments[pendingCommentIndex].length = Int32(pos) - comments[pendingCommentIndex].offset
        pendingCommentIndex = -1
    }

    /// Advances to the next token, skipping comments (protoc's Tokenizer::Next).
    @discardableResult
    mutating func next() -> Bool {
        if atErrorLimit() { return false }
        previous = current
        while !atEOF {
            consumeZeroOrMore(Lexer.isWhitespace)
            switch tryConsumeCommentStart() {
            case .line:
                consumeLineComment(into: false)
                endComment()
                continue
            case .block:
                consumeBlockComment(into: false)
                endComment()
                continue
            case .slashNotComment:
                return true
            case .none:
                break
            }
            if atEOF { break }
            if Lexer.isUnprintable(char) || char == 0 {
                addError("Invalid control characters encountered in text.")
                nextChar()
                while Lexer.isUnprintable(char) || (!atEOF && char == 0) { nextChar() }
            } else {
                startToken()
                if Lexer.isLetter(char) {
                    nextChar()
                    consumeZeroOrMore(Lexer.isAlphanumeric)
                    current.kind = .identifier
                } else if tryConsume(UInt8(ascii: "0")) {
                    current.kind = consumeNumber(startedWithZero: true, startedWithDot: false)
                } else if tryConsume(UInt8(ascii: ".")) {
                    if Lexer.isDigit(char) {
                        nextChar()
                        if previous.kind == .identifier && current.line == previous.line
                            && current.column == previous.endColumn {
                            diagnostics.append(Diagnostic(line: line, column: column - 2,
                                                          "Need space between identifier and decimal point."))
                        }
                        current.kind = consumeNumber(startedWithZero: false, startedWithDot: true)
                    } else {
                        current.kind = .symbol
                    }
                } else if Lexer.isDigit(char) {
                    nextChar()
                    current.kind = consumeNumber(startedWithZero: false, startedWithDot: false)
                } else if tryConsume(UInt8(ascii: "\"")) {
                    consumeString(UInt8(ascii: "\""))
                    current.kind = .string
                } else if tryConsume(UInt8(ascii: "'")) {
                    consumeString(UInt8(ascii: "'"))
                    current.kind = .string
                } else {
                    if char & 0x80 != 0 {
                        diagnostics.append(Diagnostic(line: line, column: column, "Interpreting non ascii codepoint \(char)."))
                    }
                    nextChar()
                    current.kind = .symbol
                }
                endToken()
                return true
            }
        }
        current.kind = .end
        current.offset = Int32(pos)
        current.length = 0
        current.line = line
        current.column = column
        current.endColumn = column
        return false
    }

    /// Advances to the next token and sorts the comments passed on the way as protoc's
    /// Tokenizer::NextWithComments does: a comment on the previous token's line trails it, a
    /// comment block right above the next token leads it, the rest are detached.
    mutating func nextWithComments(_ comments: inout CommentBlock) -> Bool {
        if atErrorLimit() { return false }
        var collector = CommentCollector()
        defer { comments = collector.finish() }
        var prevLine = line
        var trailingCommentEndLine: Int32 = -1

        if current.kind == .start {
            if tryConsume(0xEF) {
                if !tryConsume(0xBB) || !tryConsume(0xBF) {
                    addError("Proto file starts with 0xEF but not UTF-8 BOM. Only UTF-8 is accepted for proto file.")
                    return false
                }
            }
            collector.detachFromPrev()
            prevLine = -1
        } else {
            consumeZeroOrMore(Lexer.isWhitespaceNoNewline)
            switch tryConsumeCommentStart() {
            case .line:
                trailingCommentEndLine = line
                collector.startLineComment()
                consumeLineComment(into: true)
                endComment()
                collector.append(takeRecorded())
                collector.flush()
            case .block:
                collector.startBlockComment()
                consumeBlockComment(into: true)
                endComment()
                collector.append(takeRecorded())
                trailingCommentEndLine = line
                consumeZeroOrMore(Lexer.isWhitespaceNoNewline)
                collector.flush()
            case .slashNotComment:
                return true
            case .none:
                if !tryConsume(0x0A) {
                    return next()
                }
            }
        }

        while true {
            consumeZeroOrMore(Lexer.isWhitespaceNoNewline)
            switch tryConsumeCommentStart() {
            case .line:
                collector.startLineComment()
                consumeLineComment(into: true)
                endComment()
                collector.append(takeRecorded())
            case .block:
                collector.startBlockComment()
                consumeBlockComment(into: true)
                endComment()
                collector.append(takeRecorded())
                consumeZeroOrMore(Lexer.isWhitespaceNoNewline)
                _ = tryConsume(0x0A)
            case .slashNotComment:
                return true
            case .none:
                if tryConsume(0x0A) {
                    collector.flush()
                    collector.detachFromPrev()
                } else {
                    let result = next()
                    if !result || isCurrent("}") || isCurrent("]") || isCurrent(")") {
                        collector.flush()
                    }
                    if result && (prevLine == line || trailingCommentEndLine == line) {
                        collector.maybeDetachComment()
                    }
                    return result
                }
            }
        }
    }

    private mutating func takeRecorded() -> [UInt8] {
        defer { recordBuffer.removeAll(keepingCapacity: true) }
        return recordBuffer
    }

    @inline(__always) func isCurrent(_ s: StaticString) -> Bool {
        tokenEquals(current, s)
    }

    @inline(__always) func tokenEquals(_ token: Token, _ s: StaticString) -> Bool {
        guard Int(token.length) == s.utf8CodeUnitCount else { return false }
        let p = s.utf8Start
        let base = Int(token.offset)
        for i in 0..<Int(token.length) where text[base + i] != p[i] { return false }
        return true
    }
}
