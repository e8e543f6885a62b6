/// Parser: takes one file's bytes and gives its AST (`FileNode`) and syntax errors. It is
/// protoc's recursive-descent parser statement for statement: the same grammar, the same
/// error messages at the same positions, the same recovery (skip to the end of the
/// statement), and comments attached where protoc attaches them (on `{`, `;` and the end of
/// a declaration). Descriptors are built from the AST by the Descriptors phase.
struct Parser {
    var lexer: Lexer
    let file: FileNode
    /// "proto2", "proto3" or "editions".
    var syntax = ""
    /// The edition number (998 proto2, 999 proto3, 1000 for 2023, ...).
    var edition: Int32 = 0
    var hadErrors = false
    var upcomingDocComments = ""
    var upcomingDetachedComments: [String] = []
    /// protoc allows 32 levels of nested message declarations.
    var recursionDepth = 0
    /// Groups nest without protoc's parser limit; this keeps the stack safe.
    var blockDepth = 0
    static let maxBlockDepth = 200

    static let maxMessageNesting = 32

    /// Parses `bytes` as the file `name`. The bytes must stay alive while the AST is used only
    /// through its tokens' offsets; every name and value is copied out.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, name: String, keepComments: Bool = false) -> (FileNode, [Diagnostic]) {
        var parser = Parser(lexer: Lexer(bytes), file: FileNode(name: name))
        parser.lexer.keepComments = keepComments
        parser.parseFile()
        parser.file.comments = parser.lexer.comments
        return (parser.file, parser.lexer.diagnostics)
    }

    // MARK: looking at tokens

    @inline(__always) var current: Token { lexer.current }
    @inline(__always) var previous: Token { lexer.previous }

    @inline(__always) func at(_ text: StaticString) -> Bool { lexer.isCurrent(text) }
    @inline(__always) func atKind(_ kind: TokenKind) -> Bool { lexer.current.kind == kind }
    /// True at the end of the file, or once the lexer stopped reading it (`Lexer.stop`).
    var atEnd: Bool { lexer.current.kind == .end }

    func text(_ token: Token) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: lexer.text[Int(token.offset)..<token.end]), as: UTF8.self)
    }

    func bytes(_ token: Token) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: lexer.text[Int(token.offset)..<token.end])
    }

    mutating func next() { lexer.next() }

    mutating func tryConsume(_ text: StaticString) -> Bool {
        if at(text) {
            next()
            return true
        }
        return false
    }

    mutating func consume(_ text: StaticString, _ error: String? = nil) -> Bool {
        if tryConsume(text) { return true }
        addError(error ?? "Expected \"\(text)\".")
        return false
    }

    mutating func consumeIdentifier(_ error: String) -> String? {
        if atKind(.identifier) {
            let s = text(current)
            next()
            return s
        }
        addError(error)
        return nil
    }

    /// protoc's ConsumeInteger: a non-negative integer up to INT32_MAX (0 when out of range,
    /// with an error, but the token counts as consumed).
    mutating func consumeInteger(_ error: String) -> Int32? {
        if atKind(.integer) {
            var value: UInt64 = 0
            if let v = Literals.parseInteger(bytes(current), max: UInt64(Int32.max)) {
                value = v
            } else {
                addError("Integer out of range.")
            }
            next()
            return Int32(truncatingIfNeeded: value)
        }
        addError(error)
        return nil
    }

    mutating func consumeInteger64(max: UInt64, _ error: String) -> UInt64? {
        if atKind(.integer) {
            var value: UInt64 = 0
            if let v = Literals.parseInteger(bytes(current), max: max) {
                value = v
            } else {
                addError("Integer out of range.")
            }
            next()
            return value
        }
        addError(error)
        return nil
    }

    /// protoc's ConsumeSignedInteger: an optional `-`, then an integer within int32.
    mutating func consumeSignedInteger(_ error: String) -> Int32? {
        var negative = false
        var maxValue = UInt64(Int32.max)
        if tryConsume("-") {
            negative = true
            maxValue += 1
        }
        guard let value = consumeInteger64(max: maxValue, error) else { return nil }
        return negative ? Int32(truncatingIfNeeded: 0 &- value) : Int32(truncatingIfNeeded: value)
    }

    /// protoc's ConsumeNumber: a float, an integer (as a double), `inf` or `nan`.
    mutating func consumeNumber(_ error: String) -> Double? {
        if atKind(.float) {
            let value = Literals.parseFloat(bytes(current)) ?? 0
            next()
            return value
        } else if atKind(.integer) {
            var result: Double = 0
            let b = bytes(current)
            if let v = Literals.parseInteger(b, max: UInt64.max) {
                result = Double(v)
            } else if b.first == UInt8(ascii: "0") {
                addError("Integer out of range.")
            } else if let d = Literals.parseFloat(b) {
                result = d
            } else {
                addError("Integer out of range.")
            }
            next()
            return result
        } else if at("inf") {
            next()
            return .infinity
        } else if at("nan") {
            next()
            return .nan
        }
        addError(error)
        return nil
    }

    /// protoc's ConsumeString: one string token and any adjacent ones, concatenated.
    mutating func consumeString(_ error: String) -> [UInt8]? {
        guard atKind(.string) else {
            addError(error)
            return nil
        }
        var out: [UInt8] = []
        Literals.appendString(bytes(current), to: &out)
        next()
        while atKind(.string) {
            Literals.appendString(bytes(current), to: &out)
            next()
        }
        return out
    }

    // MARK: ends of declarations and their comments

    /// protoc's TryConsumeEndOfDeclaration: steps past `;`, `{` or `}` collecting comments.
    /// With `attach`, returns the comments that belong to the declaration being closed: the
    /// leading and detached ones seen before it started, and the one trailing this token.
    mutating func tryConsumeEndOfDeclaration(_ text: StaticString, attach: Bool) -> CommentBlock? {
        guard at(text) else { return nil }
        var block = CommentBlock()
        _ = lexer.nextWithComments(&block)
        let leading = upcomingDocComments
        upcomingDocComments = block.leading
        if attach {
            let detached = upcomingDetachedComments
            upcomingDetachedComments = block.detached
            return CommentBlock(trailing: block.trailing, detached: detached, leading: leading)
        } else if text.utf8CodeUnitCount == 1 && text.utf8Start.pointee == UInt8(ascii: "}") {
            upcomingDetachedComments = block.detached
        } else {
            upcomingDetachedComments.append(contentsOf: block.detached)
        }
        return CommentBlock()
    }

    mutating func consumeEndOfDeclaration(_ text: StaticString, attach: Bool) -> CommentBlock? {
        if let block = tryConsumeEndOfDeclaration(text, attach: attach) { return block }
        addError("Expected \"\(text)\".")
        return nil
    }

    // MARK: errors and recovery

    mutating func addError(_ message: String) {
        addError(at: current, message)
    }

    mutating func addError(at token: Token, _ message: String) {
        addError(line: token.line, column: token.column, message)
    }

    mutating func addError(line: Int32, column: Int32, _ message: String) {
        hadErrors = true
        guard !lexer.stopped else { return }
        lexer.diagnostics.append(Diagnostic(line: line, column: column, message))
        _ = lexer.atErrorLimit()
    }

    mutating func skipStatement() {
        while true {
            if atEnd {
                return
            } else if atKind(.symbol) {
                if tryConsumeEndOfDeclaration(";", attach: false) != nil {
                    return
                } else if tryConsume("{") {
                    skipRestOfBlock()
                    return
                } else if at("}") {
                    return
                }
            }
            next()
        }
    }

    mutating func skipRestOfBlock() {
        var depth = 1
        while true {
            if atEnd {
                return
            } else if atKind(.symbol) {
                if tryConsumeEndOfDeclaration("}", attach: false) != nil {
                    depth -= 1
                    if depth == 0 { return }
                } else if tryConsume("{") {
                    depth += 1
                }
            }
            next()
        }
    }
}
