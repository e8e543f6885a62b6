/// Checks a regular expression against RE2's syntax (Go's `regexp/syntax`), which protovalidate
/// uses for `pattern` rules: no lookaround, no backreferences, no possessive or atomic forms, and
/// repeat counts of at most 1000. Reports the first problem in Go's wording.
struct RE2Syntax {
    private let scalars: [Unicode.Scalar]
    private var i = 0
    private var depth = 0

    static func problem(in pattern: String) -> String? {
        var parser = RE2Syntax(scalars: Array(pattern.unicodeScalars))
        do {
            try parser.parse()
            return nil
        } catch {
            return "error parsing regexp: \(error.code): `\(error.fragment)`"
        }
    }

    struct Failure: Error {
        let code: String
        let fragment: String
    }

    private init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    private func text(_ from: Int, _ to: Int) -> String {
        String(String.UnicodeScalarView(scalars[max(0, from)..<min(to, scalars.count)]))
    }

    private func fail(_ code: String, from: Int, to: Int? = nil) -> Failure {
        Failure(code: code, fragment: text(from, to ?? scalars.count))
    }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? { i + ahead < scalars.count ? scalars[i + ahead] : nil }

    private mutating func parse() throws(Failure) {
        // Whether the previous item can take a repetition operator, and where it started.
        var lastAtom: Int?
        var lastWasRepeat = false
        var groupStarts: [Int] = []
        while let c = peek() {
            let start = i
            switch c {
            case "(":
                groupStarts.append(i)
                if peek(1) == "?" {
                    try groupFlags()
                } else {
                    i += 1
                }
                lastAtom = nil
                lastWasRepeat = false
                continue
            case ")":
                guard let open = groupStarts.popLast() else { throw fail("unexpected )", from: 0) }
                i += 1
                lastAtom = open
                lastWasRepeat = false
                continue
            case "|":
                i += 1
                lastAtom = nil
                lastWasRepeat = false
                continue
            case "*", "+", "?", "{":
                if c == "{", !isRepeatCount() {
                    i += 1
                    lastAtom = start
                    lastWasRepeat = false
                    continue
                }
                let operatorStart = i
                if c == "{" { try repeatCount() } else { i += 1 }
                if peek() == "?" { i += 1 }
                guard let atom = lastAtom else {
                    throw fail("missing argument to repetition operator", from: operatorStart, to: i)
                }
                if lastWasRepeat {
                    throw fail("invalid nested repetition operator", from: atom, to: i)
                }
                lastWasRepeat = true
                continue
            case "[":
                try characterClass()
            case "\\":
                try escape(inClass: false)
            default:
                i += 1
            }
            lastAtom = start
            lastWasRepeat = false
        }
        if let open = groupStarts.last { _ = open; throw fail("missing closing )", from: 0) }
    }

    /// `(?flags)`, `(?flags:...)`, `(?P<name>...)`, `(?<name>...)`; anything else is Perl syntax RE2 lacks.
    private mutating func groupFlags() throws(Failure) {
        let start = i
        i += 2
        if peek() == "P" || peek() == "<" {
            if peek() == "P" { i += 1 }
            guard peek() == "<" else { throw fail("invalid or unsupported Perl syntax", from: start, to: i + 1) }
            i += 1
            let nameStart = i
            while let c = peek(), c != ">" { i += 1 }
            guard peek() == ">" else { throw fail("invalid named capture", from: start) }
            let name = text(nameStart, i)
            i += 1
            guard !name.isEmpty, name.unicodeScalars.allSatisfy({ $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }) else {
                throw fail("invalid named capture", from: start, to: i)
            }
            return
        }
        var sawFlag = false
        while let c = peek() {
            switch c {
            case "i", "m", "s", "U", "-":
                sawFlag = true
                i += 1
            case ":", ")":
                guard sawFlag || c == ":" else { throw fail("missing argument to repetition operator", from: start, to: i + 1) }
                i += 1
                return
            default:
                throw fail("invalid or unsupported Perl syntax", from: start, to: i + 1)
            }
        }
        throw fail("missing closing )", from: start)
    }

    private func isRepeatCount() -> Bool {
        var j = i + 1
        var digits = 0
        while j < scalars.count, ("0"..."9").contains(scalars[j]) { j += 1; digits += 1 }
        guard digits > 0, j < scalars.count else { return false }
        if scalars[j] == "}" { return true }
        guard scalars[j] == "," else { return false }
        j += 1
        while j < scalars.count, ("0"..."9").contains(scalars[j]) { j += 1 }
        return j < scalars.count && scalars[j] == "}"
    }

    private mutating func repeatCount() throws(Failure) {
        let start = i
        i += 1
        func number() -> Int? {
            var value = 0, digits = 0
            while let c = peek(), let d = Int(String(c)) { value = min(value * 10 + d, 100_000); digits += 1; i += 1 }
            return digits > 0 ? value : nil
        }
        let low = number() ?? 0
        var high: Int? = low
        if peek() == "," {
            i += 1
            high = number()
        }
        i += 1   // "}"
        if low > 1000 || (high ?? 0) > 1000 || (high.map { $0 < low } ?? false) {
            throw fail("invalid repeat count", from: start, to: i)
        }
    }

    private mutating func characterClass() throws(Failure) {
        let start = i
        i += 1
        if peek() == "^" { i += 1 }
        var first = true
        var previous: Unicode.Scalar?
        while true {
            guard let c = peek() else { throw fail("missing closing ]", from: start) }
            if c == "]", !first { i += 1; return }
            first = false
            if c == "[", peek(1) == ":" {
                guard let close = (i + 2..<scalars.count).first(where: { scalars[$0] == "]" && scalars[$0 - 1] == ":" }) else {
                    i += 1
                    previous = c
                    continue
                }
                let name = text(i + 2, close - 1).replacingFirstCaret
                guard Self.posixClasses.contains(name) else { throw fail("invalid character class range", from: i, to: close + 1) }
                i = close + 1
                previous = nil
                continue
            }
            if c == "-", let low = previous, let high = peek(1), high != "]" {
                let rangeStart = i - 1
                i += 1
                let upper: Unicode.Scalar?
                if high == "\\" { upper = try escape(inClass: true) } else { upper = high; i += 1 }
                if let upper, upper.value < low.value { throw fail("invalid character class range", from: rangeStart, to: i) }
                previous = nil
                continue
            }
            if c == "\\" {
                previous = try escape(inClass: true)
            } else {
                previous = c
                i += 1
            }
        }
    }

    private static let posixClasses: Set<String> = ["alnum", "alpha", "ascii", "blank", "cntrl", "digit", "graph",
                                                    "lower", "print", "punct", "space", "upper", "word", "xdigit"]

    /// Consumes an escape; returns the literal character it stands for, if it stands for one.
    @discardableResult
    private mutating func escape(inClass: Bool) throws(Failure) -> Unicode.Scalar? {
        let start = i
        i += 1
        guard let c = peek() else { throw fail("trailing backslash at end of expression", from: start, to: start) }
        i += 1
        switch c {
        case "d", "D", "s", "S", "w", "W": return nil
        case "b", "B", "A", "z", "C", "Q", "E":
            guard !inClass || c == "Q" || c == "E" else { throw fail("invalid escape sequence", from: start, to: i) }
            if c == "Q" {
                while i < scalars.count, !(scalars[i] == "\\" && peek(1) == "E") { i += 1 }
                if i < scalars.count { i += 2 }
            }
            return nil
        case "p", "P":
            if peek() == "{" {
                guard let close = scalars[i...].firstIndex(of: "}") else { throw fail("invalid character class range", from: start) }
                i = close + 1
            } else {
                guard peek() != nil else { throw fail("invalid character class range", from: start) }
                i += 1
            }
            return nil
        case "a": return "\u{07}"
        case "f": return "\u{0C}"
        case "t": return "\t"
        case "n": return "\n"
        case "r": return "\r"
        case "v": return "\u{0B}"
        case "x":
            if peek() == "{" {
                guard let close = scalars[i...].firstIndex(of: "}"),
                      let value = UInt32(text(i + 1, close), radix: 16), let scalar = Unicode.Scalar(value) else {
                    throw fail("invalid escape sequence", from: start, to: min(i + 1, scalars.count))
                }
                i = close + 1
                return scalar
            }
            guard i + 2 <= scalars.count, let value = UInt32(text(i, i + 2), radix: 16) else {
                throw fail("invalid escape sequence", from: start, to: min(i + 2, scalars.count))
            }
            i += 2
            return Unicode.Scalar(value)
        case "0"..."7":
            // Octal: \0 always, \1-\7 only followed by more octal digits (else a backreference).
            if c != "0", !(peek().map { ("0"..."7").contains($0) } ?? false) {
                throw fail("invalid escape sequence", from: start, to: i)
            }
            var value = UInt32(String(c), radix: 8)!
            var digits = 1
            while digits < 3, let d = peek(), ("0"..."7").contains(d) { value = value * 8 + UInt32(String(d), radix: 8)!; i += 1; digits += 1 }
            return Unicode.Scalar(value)
        default:
            // Punctuation may be escaped; letters and digits not listed above may not.
            if c.isASCII, !c.properties.isAlphabetic, !("0"..."9").contains(c) { return c }
            throw fail("invalid escape sequence", from: start, to: i)
        }
    }
}

private extension String {
    var replacingFirstCaret: String { hasPrefix("^") ? String(dropFirst()) : self }
}
