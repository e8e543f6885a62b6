/// An RE2 pattern (CEL's `matches` takes RE2 syntax) written for Foundation's ICU regular
/// expressions, with RE2's meaning: ICU spells some of RE2's syntax differently or not at all
/// (`(?P<name>`, `\pL`, octal `\101`, the `U` flag) and gives other parts another meaning
/// (`\d`, `\w`, `\s`, `\b` and POSIX classes are ASCII-only in RE2, Unicode in ICU; `$` without
/// `m` ends the text in RE2 but may precede a final newline in ICU; `\v` is one character in
/// RE2, a class in ICU). Compile the result with `.useUnixLineSeparators`, so that `.`, `^`
/// and `$` see only `\n` as a line break, as RE2 does.
struct RE2Pattern {
    private let s: [Unicode.Scalar]
    private var i = 0
    private var out = ""
    /// The `m` and `U` flags of each open group, innermost last.
    private var flags: [(multiLine: Bool, ungreedy: Bool)] = [(false, false)]

    /// The ICU pattern, or nil when the pattern is not one RE2 accepts as far as this reads it.
    static func icu(_ pattern: String) -> String? {
        var translation = RE2Pattern(s: Array(pattern.unicodeScalars))
        return translation.translate() ? translation.out : nil
    }

    private init(s: [Unicode.Scalar]) { self.s = s }

    private func at(_ j: Int) -> Unicode.Scalar? { j < s.count ? s[j] : nil }

    private static let word = "0-9A-Za-z_"
    private static let perl: [Unicode.Scalar: (negated: Bool, set: String)] = [
        "d": (false, "0-9"), "D": (true, "0-9"), "w": (false, word), "W": (true, word),
        "s": (false, "\\t\\n\\f\\r "), "S": (true, "\\t\\n\\f\\r "),
    ]
    private static let posix: [String: String] = [
        "alnum": "0-9A-Za-z", "alpha": "A-Za-z", "ascii": "\\x{0}-\\x{7F}", "blank": "\\t ", "cntrl": "\\x{0}-\\x{1F}\\x{7F}",
        "digit": "0-9", "graph": "!-~", "lower": "a-z", "print": " -~", "punct": "!-/:-@\\[-`{-~",
        "space": "\\t\\n\\x{0B}\\f\\r ", "upper": "A-Z", "word": word, "xdigit": "0-9A-Fa-f",
    ]

    private static func literal(_ c: Unicode.Scalar) -> String {
        c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c)) ? String(c) : "\\x{\(String(c.value, radix: 16))}"
    }

    private mutating func translate() -> Bool {
        while i < s.count {
            let c = s[i]
            switch c {
            case "\\":
                guard let piece = escape(inClass: false) else { return false }
                out += piece
            case "(":
                guard group() else { return false }
            case ")":
                guard flags.count > 1 else { return false }
                flags.removeLast()
                out += ")"
                i += 1
            case "[":
                guard let set = characterClass() else { return false }
                out += set
            case "$":
                out += flags.last!.multiLine ? "$" : "\\z"
                i += 1
            case "*", "+", "?":
                out.unicodeScalars.append(c)
                i += 1
                greediness()
            case "{":
                if let end = repeatCount() {
                    out += String(String.UnicodeScalarView(s[i..<end]))
                    i = end
                    greediness()
                } else {
                    out += "\\{"
                    i += 1
                }
            case "}", "]":
                out += "\\" + String(c)
                i += 1
            default:
                out.unicodeScalars.append(c)
                i += 1
            }
        }
        return flags.count == 1
    }

    /// After a repetition: under `U` a plain operator is lazy and a `?` makes it greedy.
    private mutating func greediness() {
        let lazy = at(i) == "?"
        if lazy { i += 1 }
        if lazy != flags.last!.ungreedy { out += "?" }
    }

    private func repeatCount() -> Int? {
        var j = i + 1
        let digitsStart = j
        while let d = at(j), d.isASCII, ("0"..."9").contains(d) { j += 1 }
        guard j > digitsStart, j < s.count else { return nil }
        if s[j] == "," {
            j += 1
            while let d = at(j), d.isASCII, ("0"..."9").contains(d) { j += 1 }
        }
        return at(j) == "}" ? j + 1 : nil
    }

    /// `(`, `(?:`, `(?flags)`, `(?flags:`, `(?P<name>`, `(?<name>`.
    private mutating func group() -> Bool {
        guard at(i + 1) == "?" else {
            flags.append(flags.last!)
            out += "("
            i += 1
            return true
        }
        var j = i + 2
        if at(j) == "P" { j += 1 }
        if at(j) == "<" {
            guard let end = s[j...].firstIndex(of: ">") else { return false }
            flags.append(flags.last!)
            out += "(?<" + String(String.UnicodeScalarView(s[(j + 1)..<end])) + ">"
            i = end + 1
            return true
        }
        var (multiLine, ungreedy) = flags.last!
        var kept = "", negated = false
        j = i + 2
        while let c = at(j), c != ":", c != ")" {
            switch c {
            case "-": negated = true; kept += "-"
            case "m": multiLine = !negated; kept += "m"
            case "U": ungreedy = !negated
            case "i", "s": kept.unicodeScalars.append(c)
            default: return false
            }
            j += 1
        }
        guard let end = at(j) else { return false }
        if kept.hasSuffix("-") { kept.removeLast() }
        if end == ":" {
            flags.append((multiLine, ungreedy))
            out += kept.isEmpty ? "(?:" : "(?\(kept):"
        } else {
            flags[flags.count - 1] = (multiLine, ungreedy)
            if !kept.isEmpty { out += "(?\(kept))" }
        }
        i = j + 1
        return true
    }

    /// One escape at `i`; in a class only what may stand inside ICU's `[...]`.
    private mutating func escape(inClass: Bool) -> String? {
        guard let c = at(i + 1) else { return nil }
        i += 2
        if let class_ = Self.perl[c] {
            if inClass { return class_.negated ? "[^\(class_.set)]" : class_.set }
            return class_.negated ? "[^\(class_.set)]" : "[\(class_.set)]"
        }
        switch c {
        case "p", "P":
            var name: String
            if at(i) == "{" {
                guard let close = s[i...].firstIndex(of: "}") else { return nil }
                name = String(String.UnicodeScalarView(s[(i + 1)..<close]))
                i = close + 1
            } else {
                guard let letter = at(i) else { return nil }
                name = String(letter)
                i += 1
            }
            var negated = c == "P"
            if name.hasPrefix("^") { name.removeFirst(); negated.toggle() }
            return (negated ? "\\P{" : "\\p{") + name + "}"
        case "A", "z":
            return inClass ? nil : "\\" + String(c)
        case "b", "B":
            guard !inClass else { return nil }
            let w = "[\(Self.word)]"
            return c == "b" ? "(?:(?<=\(w))(?!\(w))|(?<!\(w))(?=\(w)))" : "(?:(?<=\(w))(?=\(w))|(?<!\(w))(?!\(w)))"
        case "Q":
            guard !inClass else { return nil }
            var text = ""
            while i < s.count, !(s[i] == "\\" && at(i + 1) == "E") {
                text += Self.literal(s[i])
                i += 1
            }
            if i < s.count { i += 2 }
            return text
        default:
            guard let value = character(after: c) else { return nil }
            return Self.literal(value)
        }
    }

    /// The character an escape `\c...` stands for (octal, hex, C escapes, punctuation), `i`
    /// already past `c`.
    private mutating func character(after c: Unicode.Scalar) -> Unicode.Scalar? {
        switch c {
        case "0"..."7":
            var value = c.value - 48
            var digits = 1
            while digits < 3, let d = at(i), ("0"..."7").contains(d) { value = value * 8 + d.value - 48; i += 1; digits += 1 }
            return Unicode.Scalar(value)
        case "x":
            if at(i) == "{" {
                guard let close = s[i...].firstIndex(of: "}"),
                      let v = UInt32(String(String.UnicodeScalarView(s[(i + 1)..<close])), radix: 16) else { return nil }
                i = close + 1
                return Unicode.Scalar(v)
            }
            guard i + 2 <= s.count, let v = UInt32(String(String.UnicodeScalarView(s[i..<(i + 2)])), radix: 16) else { return nil }
            i += 2
            return Unicode.Scalar(v)
        case "a": return "\u{07}"
        case "f": return "\u{0C}"
        case "n": return "\n"
        case "r": return "\r"
        case "t": return "\t"
        case "v": return "\u{0B}"
        default:
            return c.isASCII && !c.properties.isAlphabetic && !("0"..."9").contains(c) ? c : nil
        }
    }

    /// `[...]`: every literal escaped, ranges kept, Perl and POSIX classes as ASCII sets.
    private mutating func characterClass() -> String? {
        i += 1
        var set = "["
        if at(i) == "^" { set += "^"; i += 1 }
        var first = true
        while true {
            guard let c = at(i) else { return nil }
            if c == "]", !first { i += 1; return set + "]" }
            first = false
            if c == "[", at(i + 1) == ":", let close = (i + 2..<s.count).first(where: { s[$0] == ":" && at($0 + 1) == "]" }) {
                var name = String(String.UnicodeScalarView(s[(i + 2)..<close]))
                let negated = name.hasPrefix("^")
                if negated { name.removeFirst() }
                guard let ranges = Self.posix[name] else { return nil }
                set += negated ? "[^\(ranges)]" : ranges
                i = close + 2
                continue
            }
            if c == "\\", let next = at(i + 1), Self.perl[next] != nil || next == "p" || next == "P" {
                guard let piece = escape(inClass: true) else { return nil }
                set += piece
                continue
            }
            guard let low = classCharacter() else { return nil }
            set += Self.literal(low)
            if at(i) == "-", let after = at(i + 1), after != "]" {
                i += 1
                guard let high = classCharacter() else { return nil }
                set += "-" + Self.literal(high)
            }
        }
    }

    private mutating func classCharacter() -> Unicode.Scalar? {
        guard let c = at(i) else { return nil }
        if c == "\\" {
            guard let next = at(i + 1) else { return nil }
            i += 2
            return character(after: next)
        }
        i += 1
        return c
    }
}
