/// Rule IDs from the names of rule files (`EnumZeroValueSuffix` → ENUM_ZERO_VALUE_SUFFIX): words
/// split at `_`, and before an upper-case letter that follows a lower-case letter or digit.
enum NameCase {
    static func words(_ name: String) -> [String] {
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

    static func upperSnake(_ name: String) -> String { words(name).map { $0.uppercased() }.joined(separator: "_") }
}
