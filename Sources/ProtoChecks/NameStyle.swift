/// The naming styles that buf's lint rules ask for, computed the way buf computes its suggested
/// names, so that a name passes exactly when buf lets it pass.
///
/// This differs from `NameCase` (which splits words for turning file names into rule IDs):
/// buf keeps runs of capitals together (`HTTPServer` is PascalCase, `FOO1BAR` is
/// UPPER_SNAKE_CASE) and only starts a new snake word at a capital that follows a lower-case
/// letter or that begins a capitalised word (`HTTPServer` → `http_server`).
public enum NameStyle {
    static func isDelimiter(_ c: Character) -> Bool { c == "_" || c == "-" || c == " " || c.isWhitespace }

    /// `foo_bar` → `FooBar`; capitals are kept, the letter after a delimiter is raised.
    public static func pascal(_ name: String) -> String {
        if let ascii = ASCIIName(name) { return ascii.pascal() }
        return pascalCharacters(name)
    }

    static func pascalCharacters(_ name: String) -> String {
        var out = ""
        var afterDelimiter = true
        for c in name {
            if isDelimiter(c) {
                afterDelimiter = true
                continue
            }
            out += afterDelimiter || c.isUppercase ? c.uppercased() : c.lowercased()
            afterDelimiter = false
        }
        return out
    }

    public static func lowerSnake(_ name: String) -> String { snake(name).lowercased() }
    public static func upperSnake(_ name: String) -> String { snake(name).uppercased() }

    /// Each dot-separated component in lower_snake_case (`acme.fooBar.v1` → `acme.foo_bar.v1`).
    public static func lowerSnakePackage(_ package: String) -> String {
        package.split(separator: ".", omittingEmptySubsequences: false).map { lowerSnake(String($0)) }.joined(separator: ".")
    }

    /// Words separated by single underscores, case kept: delimiters at the ends are dropped,
    /// runs of them become one `_`, and a capital starts a word when the letter before it is
    /// lower case or the letter after it is (not a capital, digit or delimiter).
    static func snake(_ name: String) -> String {
        if let ascii = ASCIIName(name) { return ascii.snake() }
        return snakeCharacters(name)
    }

    static func snakeCharacters(_ name: String) -> String {
        let chars = Array(name.drop(while: isDelimiter).reversed().drop(while: isDelimiter).reversed())
        var out: [Character] = []
        for (i, original) in chars.enumerated() {
            let c: Character = isDelimiter(original) ? "_" : original
            guard i > 0 else {
                out.append(c)
                continue
            }
            if c.isUppercase, out.last != "_", startsWord(at: i, chars) {
                out += ["_", c]
            } else if !(c == "_" && out.last == "_") {
                out.append(c)
            }
        }
        return String(out)
    }

    private static func startsWord(at i: Int, _ chars: [Character]) -> Bool {
        if chars[i - 1].isLowercase { return true }
        guard i + 1 < chars.count else { return false }
        let next = chars[i + 1]
        return !(next.isUppercase || next.isNumber || isDelimiter(next))
    }
}
