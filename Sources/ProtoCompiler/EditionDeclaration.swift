/// Finds an `edition = "...";` statement in source text without parsing it, so that an error from
/// a compiler that predates editions can say what the file needs.
enum EditionDeclaration {
    /// The 1-based line of the first statement when it is `edition`, else nil.
    static func line(in text: String) -> Int? {
        var line = 1
        var inBlockComment = false
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            defer { line += 1 }
            var rest = Substring(raw)
            while true {
                if inBlockComment {
                    guard let end = rest.range(of: "*/") else { rest = ""; break }
                    rest = rest[end.upperBound...]
                    inBlockComment = false
                }
                rest = rest.drop { $0 == " " || $0 == "\t" || $0 == "\r" }
                if rest.hasPrefix("/*") { inBlockComment = true; rest = rest.dropFirst(2); continue }
                break
            }
            if rest.isEmpty || rest.hasPrefix("//") { continue }
            guard rest.hasPrefix("edition") else { return nil }
            let after = rest.dropFirst("edition".count).drop { $0 == " " || $0 == "\t" }
            return after.hasPrefix("=") ? line : nil
        }
        return nil
    }
}
