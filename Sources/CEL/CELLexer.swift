/// Splits a CEL expression into tokens, following the lexical grammar of the CEL spec:
/// identifiers, decimal and hexadecimal integers (a `u` suffix makes them unsigned), doubles,
/// quoted, triple-quoted, raw and bytes literals with their escapes, and `//` comments.
struct CELLexer {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ expression: String) {
        scalars = Array(expression.unicodeScalars)
    }

    static let symbols2: Set<String> = ["==", "!=", "<=", ">=", "&&", "||"]
    static let symbols1: Set<Unicode.Scalar> = ["<", ">", "+", "-", "*", "/", "%", "!", "?", ":", ".", ",",
                                                "(", ")", "[", "]", "{", "}"]
    static let keywords: Set<String> = ["true", "false", "null", "in"]

    /// A string left open at the end of the input: cel-go's lexer reports it and, having read
    /// to the end, gives the parser only the tokens before it.
    private(set) var unterminated: CELIssue?

    mutating func tokens() throws(CELIssue) -> [CELToken] {
        var result: [CELToken] = []
        while true {
            skipSpaceAndComments()
            guard index < scalars.count, unterminated == nil else {
                result.append(CELToken(kind: .end, offset: scalars.count))
                return result
            }
            let start = index
            do {
                result.append(try next())
            } catch {
                guard index >= scalars.count, error.message == Self.unterminatedMessage else { throw error }
                let text = String(String.UnicodeScalarView(scalars[start...]))
                unterminated = CELIssue("token recognition error at: '\(text)'", at: start)
            }
        }
    }

    private static let unterminatedMessage = "token recognition error at: unterminated string"

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        index + ahead < scalars.count ? scalars[index + ahead] : nil
    }

    private mutating func skipSpaceAndComments() {
        while let c = peek() {
            if c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" {
                index += 1
            } else if c == "/", peek(1) == "/" {
                while let d = peek(), d != "\n" { index += 1 }
            } else {
                return
            }
        }
    }

    private static func isIdentStart(_ c: Unicode.Scalar) -> Bool {
        c == "_" || ("a"..."z").contains(c) || ("A"..."Z").contains(c)
    }

    private static func isDigit(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        return ("0"..."9").contains(c)
    }

    private mutating func next() throws(CELIssue) -> CELToken {
        let start = index
        let c = scalars[index]
        if Self.isIdentStart(c) {
            // String prefixes: r, b, rb, br (any case), directly followed by a quote.
            var prefixLength = 0
            var raw = false, bytes = false
            while prefixLength < 2, let p = peek(prefixLength), "rRbB".unicodeScalars.contains(p) {
                if p == "r" || p == "R" { if raw { break }; raw = true } else { if bytes { break }; bytes = true }
                prefixLength += 1
            }
            if prefixLength > 0, let q = peek(prefixLength), q == "'" || q == "\"" {
                index += prefixLength
                return try quoted(start: start, raw: raw, bytes: bytes)
            }
            while let d = peek(), Self.isIdentStart(d) || Self.isDigit(d) { index += 1 }
            let word = String(String.UnicodeScalarView(scalars[start..<index]))
            return CELToken(kind: Self.keywords.contains(word) ? .keyword(word) : .identifier(word), offset: start)
        }
        if Self.isDigit(c) || (c == "." && Self.isDigit(peek(1))) {
            return try number(start: start)
        }
        if c == "'" || c == "\"" {
            return try quoted(start: start, raw: false, bytes: false)
        }
        if let d = peek(1) {
            let pair = String(c) + String(d)
            if Self.symbols2.contains(pair) {
                index += 2
                return CELToken(kind: .symbol(pair), offset: start)
            }
        }
        if Self.symbols1.contains(c) {
            index += 1
            return CELToken(kind: .symbol(String(c)), offset: start)
        }
        throw CELIssue("token recognition error at: '\(c)'", at: start)
    }

    private mutating func number(start: Int) throws(CELIssue) -> CELToken {
        if scalars[index] == "0", let x = peek(1), x == "x" || x == "X" {
            index += 2
            let digitsStart = index
            while let d = peek(), d.properties.isASCIIHexDigit { index += 1 }
            let text = String(String.UnicodeScalarView(scalars[digitsStart..<index]))
            guard let value = UInt64(text, radix: 16) else {
                throw CELIssue("invalid int literal", at: start)
            }
            return integerToken(value, start: start)
        }
        while Self.isDigit(peek()) { index += 1 }
        var isDouble = false
        if peek() == ".", Self.isDigit(peek(1)) {
            isDouble = true
            index += 1
            while Self.isDigit(peek()) { index += 1 }
        }
        if let e = peek(), e == "e" || e == "E" {
            var ahead = 1
            if let sign = peek(1), sign == "+" || sign == "-" { ahead = 2 }
            if Self.isDigit(peek(ahead)) {
                isDouble = true
                index += ahead
                while Self.isDigit(peek()) { index += 1 }
            }
        }
        let text = String(String.UnicodeScalarView(scalars[start..<index]))
        if isDouble {
            guard let value = Double(text) else { throw CELIssue("invalid double literal", at: start) }
            return CELToken(kind: .double(value), offset: start)
        }
        guard let value = UInt64(text) else { throw CELIssue("invalid int literal", at: start) }
        return integerToken(value, start: start)
    }

    private mutating func integerToken(_ value: UInt64, start: Int) -> CELToken {
        if let u = peek(), u == "u" || u == "U" {
            index += 1
            return CELToken(kind: .uint(value), offset: start)
        }
        return CELToken(kind: .int(value), offset: start)
    }

    private mutating func quoted(start: Int, raw: Bool, bytes: Bool) throws(CELIssue) -> CELToken {
        let quote = scalars[index]
        let triple = peek(1) == quote && peek(2) == quote
        index += triple ? 3 : 1
        var out: [UInt8] = []
        func append(_ scalar: Unicode.Scalar) { out.append(contentsOf: Array(String(scalar).utf8)) }
        while true {
            guard let c = peek() else { throw CELIssue(Self.unterminatedMessage, at: start) }
            if triple {
                if c == quote, peek(1) == quote, peek(2) == quote { index += 3; break }
            } else {
                if c == quote { index += 1; break }
                if c == "\n" || c == "\r" {
                    throw CELIssue("token recognition error at: unterminated string", at: start)
                }
            }
            if c == "\\", !raw {
                try escape(into: &out, bytes: bytes)
                continue
            }
            append(c)
            index += 1
        }
        if bytes { return CELToken(kind: .bytes(out), offset: start) }
        return CELToken(kind: .string(String(decoding: out, as: UTF8.self)), offset: start)
    }

    private mutating func escape(into out: inout [UInt8], bytes: Bool) throws(CELIssue) {
        let at = index
        index += 1
        guard let c = peek() else { throw CELIssue("invalid escape sequence", at: at) }
        index += 1
        let simple: [Unicode.Scalar: UInt8] = ["a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11,
                                               "\\": 92, "'": 39, "\"": 34, "`": 96, "?": 63]
        if let byte = simple[c] { out.append(byte); return }
        func hex(_ count: Int) throws(CELIssue) -> UInt32 {
            guard index + count <= scalars.count else { throw CELIssue("invalid escape sequence", at: at) }
            let text = String(String.UnicodeScalarView(scalars[index..<index + count]))
            guard let value = UInt32(text, radix: 16) else { throw CELIssue("invalid escape sequence", at: at) }
            index += count
            return value
        }
        switch c {
        case "x", "X":
            let value = try hex(2)
            if bytes { out.append(UInt8(value)) } else { out.append(contentsOf: Array(String(Unicode.Scalar(value)!).utf8)) }
        case "u", "U":
            guard !bytes else { throw CELIssue("unicode escape in bytes literal", at: at) }
            let value = try hex(c == "u" ? 4 : 8)
            guard let scalar = Unicode.Scalar(value) else { throw CELIssue("invalid unicode code point", at: at) }
            out.append(contentsOf: Array(String(scalar).utf8))
        case "0"..."3":
            guard index + 2 <= scalars.count, let value = UInt32(String(c) + String(scalars[index]) + String(scalars[index + 1]), radix: 8) else {
                throw CELIssue("invalid escape sequence", at: at)
            }
            index += 2
            if bytes { out.append(UInt8(value)) } else { out.append(contentsOf: Array(String(Unicode.Scalar(value)!).utf8)) }
        default:
            throw CELIssue("invalid escape sequence '\\\(c)'", at: at)
        }
    }
}
