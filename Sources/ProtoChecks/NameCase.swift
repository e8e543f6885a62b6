/// Case conversions that naming rules share, splitting words as buf does: at `_`, and before an
/// upper-case letter that follows a lower-case letter or digit.
public enum NameCase {
    public static func words(_ name: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previous: Character?
        for c in name {
            if c == "_" || c == "." {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else {
                if c.isUppercase, let p = previous, p.isLowercase || p.isNumber, !current.isEmpty {
                    words.append(current)
                    current = ""
                }
                current.append(c)
            }
            previous = c
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    public static func lowerSnake(_ name: String) -> String { words(name).map { $0.lowercased() }.joined(separator: "_") }
    public static func upperSnake(_ name: String) -> String { words(name).map { $0.uppercased() }.joined(separator: "_") }
    public static func pascal(_ name: String) -> String {
        words(name).map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined()
    }
}
