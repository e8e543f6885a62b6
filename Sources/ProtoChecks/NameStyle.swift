/// The naming styles that buf's lint rules ask for, computed the way buf computes the names it
/// suggests, so that a name passes exactly when buf lets it pass and the suggestion is buf's.
///
/// Words are separated by `.`, `-`, `_`, space, tab, CR and LF. Runs of capitals stay together
/// (`HTTPServer` is PascalCase; `FOO1BAR` is UPPER_SNAKE_CASE), and a snake word starts at a
/// capital that follows a lower-case letter or that begins a capitalised word (`HTTPServer` →
/// `http_server`); a digit never starts a word (`A0Y` → `a0y`).
///
/// buf looks at the bytes next to a character, not the characters, when it decides where a
/// word starts; that only matters for non-ASCII names (file names), and is kept so those agree
/// too. Cases change one character into one, as Go's `unicode.ToUpper`/`ToLower` do.
public enum NameStyle {
    /// `foo_bar` → `FooBar`: delimiters dropped, the first letter and each letter after a
    /// delimiter raised, capitals kept, every other letter lowered.
    public static func pascal(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return pascalASCII(Array(name.utf8)) }
        return pascalScalars(name)
    }

    /// `pascal` character by character, for any name (tests compare it with `pascalASCII`).
    static func pascalScalars(_ name: String) -> String {
        let scalars = Array(name.unicodeScalars.drop(while: \.properties.isWhitespace)
                                .reversed().drop(while: \.properties.isWhitespace).reversed())
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for (i, c) in scalars.enumerated() {
            if !isDelimiter(c) {
                let raise = i == 0 || previous.map(isDelimiter) == true || isUpper(c)
                out.append(raise ? upper(c) : lower(c))
            }
            previous = c
        }
        return String(out)
    }

    public static func lowerSnake(_ name: String) -> String {
        let words = snake(name)
        if words.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: words.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
        }
        return lowerSnakeScalars(words)
    }

    /// A snake-cased name lowered character by character (tests compare it with the ASCII path).
    static func lowerSnakeScalars(_ words: String) -> String { String(String.UnicodeScalarView(words.unicodeScalars.map(lower))) }
    static func upperSnakeScalars(_ words: String) -> String { String(String.UnicodeScalarView(words.unicodeScalars.map(upper))) }

    public static func upperSnake(_ name: String) -> String {
        let words = snake(name)
        if words.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: words.utf8.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 32 : $0 }, as: UTF8.self)
        }
        return upperSnakeScalars(words)
    }

    /// `pascal` of an ASCII name, byte by byte (white space at the ends is 9–13 and 32).
    static func pascalASCII(_ bytes: [UInt8]) -> String {
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
        var start = 0, end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        var out: [UInt8] = []
        out.reserveCapacity(end - start)
        var previousIsDelimiter = false
        for i in start..<end {
            let b = bytes[i]
            let delimiter = isDelimiter(byte: b)
            if !delimiter {
                let isUpper = b >= 0x41 && b <= 0x5A, isLower = b >= 0x61 && b <= 0x7A
                if i == start || previousIsDelimiter || isUpper {
                    out.append(isLower ? b - 32 : b)
                } else {
                    out.append(isUpper ? b + 32 : b)
                }
            }
            previousIsDelimiter = delimiter
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Each dot-separated component in lower_snake_case (`acme.fooBar.v1` → `acme.foo_bar.v1`).
    public static func lowerSnakePackage(_ package: String) -> String {
        package.split(separator: ".", omittingEmptySubsequences: false).map { lowerSnake(String($0)) }.joined(separator: ".")
    }

    /// Words separated by single underscores, case kept: delimiters at the ends are dropped,
    /// each delimiter becomes `_` and a run of them one `_`, and `_` goes before a capital that
    /// is not right after `_` when the byte after it is no capital, digit or delimiter, or the
    /// byte before it is a lower-case letter.
    static func snake(_ name: String) -> String {
        let all = Array(name.utf8)
        var start = 0, end = all.count
        while start < end, isDelimiter(byte: all[start]) { start += 1 }
        while end > start, isDelimiter(byte: all[end - 1]) { end -= 1 }
        let s = Array(all[start..<end])
        var out: [UInt8] = []
        out.reserveCapacity(s.count + 4)
        var i = 0
        while i < s.count {
            var (c, length) = decode(s, at: i)
            if isDelimiter(c) { c = "_" }
            if i == 0 {
                append(c, to: &out)
            } else if isUpper(c), out.last != underscore,
                      (i < s.count - 1 && !startsWordOrSeparates(byte: s[i + 1])) || isLower(byte: s[i - 1]) {
                out.append(underscore)
                append(c, to: &out)
            } else if !(c == "_" && out.last == underscore) {
                append(c, to: &out)
            }
            i += length
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let underscore = UInt8(ascii: "_")

    static func isDelimiter(_ c: Unicode.Scalar) -> Bool {
        c == "." || c == "-" || c == "_" || c == " " || c == "\t" || c == "\n" || c == "\r"
    }

    private static func isDelimiter(byte b: UInt8) -> Bool { isDelimiter(Unicode.Scalar(b)) }

    /// Whether a neighbouring byte, read as a character on its own, is a capital, a digit or a
    /// delimiter (so the capital before it does not start a word).
    private static func startsWordOrSeparates(byte b: UInt8) -> Bool {
        let c = Unicode.Scalar(b)
        if b < 0x80 { return (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || isDelimiter(c) }
        return isUpper(c) || c.properties.generalCategory == .decimalNumber || isDelimiter(c)
    }

    private static func isLower(byte b: UInt8) -> Bool {
        if b < 0x80 { return b >= 0x61 && b <= 0x7A }
        return Unicode.Scalar(b).properties.generalCategory == .lowercaseLetter
    }

    private static func isUpper(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return c >= "A" && c <= "Z" }
        return c.properties.generalCategory == .uppercaseLetter
    }

    /// Unicode's simple (one-to-one) case mappings, which Go uses. Swift gives the full ones;
    /// where a full mapping has several characters the simple one is the titlecase letter
    /// (`ᾳ` → `ᾼ`) or none (`ß` stays `ß`), and for lower case only `İ` has one (`i`).
    private static func upper(_ c: Unicode.Scalar) -> Unicode.Scalar {
        if c.isASCII { return c >= "a" && c <= "z" ? Unicode.Scalar(UInt8(c.value) - 32) : c }
        let mapped = c.properties.uppercaseMapping.unicodeScalars
        if mapped.count == 1 { return mapped.first! }
        let title = c.properties.titlecaseMapping.unicodeScalars
        return title.count == 1 ? title.first! : c
    }

    private static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        if c.isASCII { return c >= "A" && c <= "Z" ? Unicode.Scalar(UInt8(c.value) + 32) : c }
        if c == "\u{130}" { return "i" }
        let mapped = c.properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first! : c
    }

    /// The character starting at byte `i` and its length; a byte that starts no valid UTF-8
    /// sequence is U+FFFD of length 1, as Go's `range` over a string gives it.
    private static func decode(_ s: [UInt8], at i: Int) -> (Unicode.Scalar, Int) {
        let b = s[i]
        if b < 0x80 { return (Unicode.Scalar(b), 1) }
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        if length > 1, i + length <= s.count {
            var decoder = UTF8()
            var iterator = s[i..<(i + length)].makeIterator()
            if case .scalarValue(let scalar) = decoder.decode(&iterator) { return (scalar, length) }
        }
        return ("\u{FFFD}", 1)
    }

    private static func append(_ c: Unicode.Scalar, to out: inout [UInt8]) {
        if c.isASCII { out.append(UInt8(c.value)) } else { out += Array(String(c).utf8) }
    }
}
