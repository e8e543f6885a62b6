/// Reads option values from the token list (the parser has already accepted the option,
/// and checked aggregates only for matching braces, so text-format mistakes are reported here).
struct FormatValueParser {
    let tokens: FormatTokens
    var pos: Int
    let limit: Int

    struct Failure: Error {
        var token: Int
        var message: String
    }

    init(tokens: FormatTokens, from: Int, through: Int) {
        self.tokens = tokens
        pos = from
        limit = through
    }

    func fail(_ message: String) -> Failure { Failure(token: min(pos, limit), message: message) }

    func isRune(_ c: Character) -> Bool { pos <= limit && tokens[pos].isRune(c) }

    mutating func value() throws -> FormatValue {
        guard pos <= limit else { throw fail("expected a value") }
        let t = tokens[pos]
        if t.isRune("-") {
            let sign = pos
            pos += 1
            guard pos <= limit, tokens[pos].token.kind != .symbol, tokens[pos].token.kind != .string else {
                throw fail("expected a number after '-'")
            }
            pos += 1
            return .signed(sign: sign, value: pos - 1)
        }
        if t.isRune("{") || t.isRune("<") { return .message(try message()) }
        if t.isRune("[") { return .list(try list()) }
        if t.token.kind == .string {
            var parts: [Int] = []
            while pos <= limit && tokens[pos].token.kind == .string {
                parts.append(pos)
                pos += 1
            }
            return parts.count == 1 ? .token(parts[0]) : .strings(parts)
        }
        guard t.token.kind != .symbol else { throw fail("unexpected '\(t.text)' in option value") }
        pos += 1
        return .token(pos - 1)
    }

    mutating func message() throws -> FormatMessageLiteral {
        let closer: Character = tokens[pos].isRune("<") ? ">" : "}"
        var literal = FormatMessageLiteral(open: pos, close: pos)
        pos += 1
        while !isRune(closer) {
            guard pos <= limit else { throw fail("unterminated message literal") }
            literal.fields.append(try field())
            if isRune(",") || isRune(";") {
                literal.separators.append(pos)
                pos += 1
            } else {
                literal.separators.append(nil)
            }
        }
        literal.close = pos
        pos += 1
        return literal
    }

    mutating func field() throws -> FormatLiteralField {
        let first = pos
        if isRune("[") {
            while pos <= limit && !tokens[pos].isRune("]") { pos += 1 }
            guard pos <= limit else { throw fail("unterminated extension name") }
        } else if tokens[pos].token.kind != .identifier {
            throw fail("expected a field name, found '\(tokens[pos].text)'")
        }
        let last = pos
        pos += 1
        var colon: Int?
        if isRune(":") {
            colon = pos
            pos += 1
        }
        return FormatLiteralField(nameFirst: first, nameLast: last, colon: colon, value: try value())
    }

    mutating func list() throws -> FormatListLiteral {
        var literal = FormatListLiteral(open: pos, close: pos)
        pos += 1
        while !isRune("]") {
            guard pos <= limit else { throw fail("unterminated list") }
            literal.elements.append(try value())
            if isRune(",") {
                literal.commas.append(pos)
                pos += 1
            } else if !isRune("]") {
                throw fail("expected ',' or ']' in list")
            }
        }
        literal.close = pos
        pos += 1
        return literal
    }
}
