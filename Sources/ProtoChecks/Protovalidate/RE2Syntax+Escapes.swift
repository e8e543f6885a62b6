/// Groups with flags or names, character classes and escapes, read as Go reads them.
extension RE2Syntax {
    /// `(?` at `i`: a named group, or flags that apply from here (`(?i)`) or to a group (`(?i:`).
    mutating func perlFlags() throws(Failure) {
        let start = i
        let rest = s.count - i
        let withP = rest > 4 && s[i + 2] == "P" && s[i + 3] == "<"
        if withP || (rest > 3 && s[i + 2] == "<") {
            let nameStart = i + (withP ? 4 : 3)
            guard let end = s[i...].firstIndex(of: ">") else { throw fail("invalid named capture", start, s.count) }
            let name = s[nameStart..<end]
            guard !name.isEmpty, name.allSatisfy({ $0 == "_" || Self.isAlphanumeric($0) }) else {
                throw fail("invalid named capture", start, end + 1)
            }
            push(.leftParen)
            i = end + 1
            return
        }
        var j = i + 2
        var negated = false, sawFlag = false
        while j < s.count {
            let c = s[j]
            j += 1
            switch c {
            case "i", "m", "s", "U":
                sawFlag = true
                continue
            case "-":
                if negated { break }
                negated = true
                sawFlag = false
                continue
            case ":", ")":
                if negated && !sawFlag { break }
                if c == ":" { push(.leftParen) }
                i = j
                return
            default:
                break
            }
            break
        }
        throw fail("invalid or unsupported Perl syntax", start, j)
    }

    /// A backslash outside a class: an assertion, `\Q...\E`, a class (`\pL`, `\d`) or one character.
    mutating func escapeAtTop() throws(Failure) {
        if let next = at(i + 1) {
            switch next {
            case "A", "b", "B", "z":
                push(.node(.holding([])))
                i += 2
                return
            case "C":
                throw fail("invalid escape sequence", i, i + 2)   // any byte: not supported
            case "Q":
                // Literal up to `\E`, or to the end.
                var j = i + 2
                while j < s.count, !(s[j] == "\\" && at(j + 1) == "E") {
                    push(.node(.holding([])))
                    j += 1
                }
                i = min(j + 2, s.count)
                return
            default:
                break
            }
        }
        if let end = try unicodeClass(at: i) ?? perlClass(at: i) {
            push(.node(.holding([])))
            i = end
            return
        }
        i = try escape(at: i).end
        push(.node(.holding([])))
    }

    /// `\pL`, `\p{Name}`, `\P{^Name}` at `j`: where it ends, or nil when there is none.
    func unicodeClass(at j: Int) throws(Failure) -> Int? {
        guard s[j] == "\\", let p = at(j + 1), p == "p" || p == "P" else { return nil }
        var name: String
        var end: Int
        if let c = at(j + 2), c == "{" {
            guard let close = s[j...].firstIndex(of: "}") else { throw fail("invalid character class range", j, s.count) }
            end = close + 1
            name = text(j + 3, close)
        } else {
            end = min(j + 3, s.count)
            name = text(j + 2, end)
        }
        if name.hasPrefix("^") { name.removeFirst() }
        guard RE2UnicodeClasses.contains(name) else { throw fail("invalid character class range", j, end) }
        return end
    }

    /// `\d`, `\D`, `\s`, `\S`, `\w`, `\W` at `j`: where it ends.
    func perlClass(at j: Int) -> Int? {
        guard s[j] == "\\", let c = at(j + 1), "dDsSwW".unicodeScalars.contains(c) else { return nil }
        return j + 2
    }

    /// One escaped character at `j` (inside a class or out): its value and where it ends.
    func escape(at j: Int) throws(Failure) -> (value: UInt32, end: Int) {
        var k = j + 1
        guard k < s.count else { throw Failure(code: "trailing backslash at end of expression", fragment: "") }
        let c = s[k]
        k += 1
        switch c {
        case "0"..."7":
            // \1-\7 alone would be a backreference; with more octal digits it is a character.
            if c != "0", !(at(k).map { ("0"..."7").contains($0) } ?? false) { break }
            var value = c.value - 48
            for _ in 1..<3 {
                guard let d = at(k), ("0"..."7").contains(d) else { break }
                value = value * 8 + d.value - 48
                k += 1
            }
            return (value, k)
        case "x":
            guard k < s.count else { break }
            let first = s[k]
            k += 1
            if first == "{" {
                var value: UInt32 = 0, digits = 0
                while true {
                    guard k < s.count else { throw fail("invalid escape sequence", j, k) }
                    let d = s[k]
                    k += 1
                    if d == "}" { break }
                    guard let v = Self.hex(d) else { throw fail("invalid escape sequence", j, k) }
                    value = value * 16 + v
                    if value > 0x10FFFF { throw fail("invalid escape sequence", j, k) }
                    digits += 1
                }
                if digits == 0 { break }
                return (value, k)
            }
            let second = at(k)
            if second != nil { k += 1 }
            guard let x = Self.hex(first), let y = second.flatMap(Self.hex) else { break }
            return (x * 16 + y, k)
        case "a": return (7, k)
        case "f": return (12, k)
        case "n": return (10, k)
        case "r": return (13, k)
        case "t": return (9, k)
        case "v": return (11, k)
        default:
            // Punctuation escapes itself; an unknown letter or digit is an error.
            if c.isASCII, !Self.isAlphanumeric(c) { return (c.value, k) }
        }
        throw fail("invalid escape sequence", j, k)
    }

    /// A class `[...]` at `i`: POSIX classes, Unicode and Perl classes, characters and ranges.
    mutating func characterClass() throws(Failure) {
        let start = i
        var j = i + 1
        if at(j) == "^" { j += 1 }
        var first = true
        while j >= s.count || s[j] != "]" || first {
            first = false
            if s.count - j > 2, s[j] == "[", s[j + 1] == ":", let close = closingColonBracket(after: j + 2) {
                let name = text(j, close + 2)
                guard Self.posixClasses.contains(name) else { throw fail("invalid character class range", j, close + 2) }
                j = close + 2
                continue
            }
            if j < s.count, let end = try unicodeClass(at: j) ?? perlClass(at: j) {
                j = end
                continue
            }
            let range = j
            let low = try classCharacter(at: &j, classStart: start)
            if s.count - j >= 2, s[j] == "-", s[j + 1] != "]" {
                j += 1
                let high = try classCharacter(at: &j, classStart: start)
                if high < low { throw fail("invalid character class range", range, j) }
            }
        }
        i = j + 1
    }

    private func closingColonBracket(after j: Int) -> Int? {
        var k = j
        while k + 1 < s.count {
            if s[k] == ":", s[k + 1] == "]" { return k }
            k += 1
        }
        return nil
    }

    private func classCharacter(at j: inout Int, classStart: Int) throws(Failure) -> UInt32 {
        guard j < s.count else { throw fail("missing closing ]", classStart, s.count) }
        if s[j] == "\\" {
            let (value, end) = try escape(at: j)
            j = end
            return value
        }
        j += 1
        return s[j - 1].value
    }

    static let posixClasses: Set<String> = {
        let names = ["alnum", "alpha", "ascii", "blank", "cntrl", "digit", "graph", "lower", "print", "punct", "space",
                     "upper", "word", "xdigit"]
        return Set(names.flatMap { ["[:\($0):]", "[:^\($0):]"] })
    }()

    static func isAlphanumeric(_ c: Unicode.Scalar) -> Bool {
        c.isASCII && (("0"..."9").contains(c) || ("a"..."z").contains(c) || ("A"..."Z").contains(c))
    }

    static func hex(_ c: Unicode.Scalar) -> UInt32? {
        guard c.isASCII else { return nil }
        return UInt32(String(c), radix: 16)
    }
}
