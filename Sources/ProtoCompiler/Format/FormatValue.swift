/// An option value as buf's formatter distinguishes them, by token index: one token, a sign
/// and a number, adjacent strings, a message literal or a list.
indirect enum FormatValue {
    case token(Int)
    case signed(sign: Int, value: Int)
    case strings([Int])
    case message(FormatMessageLiteral)
    case list(FormatListLiteral)

    var first: Int {
        switch self {
        case .token(let i): return i
        case .signed(let sign, _): return sign
        case .strings(let parts): return parts[0]
        case .message(let m): return m.open
        case .list(let l): return l.open
        }
    }

    var last: Int {
        switch self {
        case .token(let i): return i
        case .signed(_, let value): return value
        case .strings(let parts): return parts[parts.count - 1]
        case .message(let m): return m.close
        case .list(let l): return l.close
        }
    }

    /// Values buf writes through their parts rather than as one token.
    var isComposite: Bool {
        if case .token = self { return false }
        return true
    }

    var isMessageOrList: Bool {
        switch self {
        case .message, .list: return true
        default: return false
        }
    }
}
