/// One lexical token of a CEL expression.
struct CELToken: Equatable {
    enum Kind: Equatable {
        case identifier(String)
        case int(UInt64)     // the magnitude; a minus sign before it is the parser's
        case uint(UInt64)
        case double(Double)
        case string(String)
        case bytes([UInt8])
        case keyword(String)     // true, false, null, in
        case symbol(String)      // operators and punctuation
        case end
    }

    let kind: Kind
    let offset: Int

    var symbol: String? {
        if case .symbol(let text) = kind { return text }
        return nil
    }

    var description: String {
        switch kind {
        case .identifier(let name): return name
        case .int(let value): return String(value)
        case .uint(let value): return "\(value)u"
        case .double(let value): return String(value)
        case .string: return "string literal"
        case .bytes: return "bytes literal"
        case .keyword(let word): return word
        case .symbol(let text): return text
        case .end: return "<EOF>"
        }
    }
}

extension CELToken {
    /// Whether an expression may begin with this token.
    var canStartExpression: Bool {
        switch kind {
        case .identifier, .int, .uint, .double, .string, .bytes: return true
        case .keyword(let word): return word != "in"
        case .symbol(let text): return ["[", "{", "(", ".", "-", "!"].contains(text)
        case .end: return false
        }
    }
}
