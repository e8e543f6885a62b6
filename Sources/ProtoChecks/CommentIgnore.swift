import ProtoSchema

/// `// protopkg:lint:ignore RULE_ID` (or buf's `// buf:lint:ignore RULE_ID`) in the leading
/// comment of an element, or of any element enclosing it, silences that rule there.
enum CommentIgnore {
    static let prefixes = ["protopkg:lint:ignore", "buf:lint:ignore"]

    static func ignores(_ rule: String, element: SchemaElement) -> Bool {
        let path = element.path
        var length = path.count
        while length >= 2 {
            if mentions(rule, element.file.comments(at: Array(path[0..<length])).leading) { return true }
            length -= 2
        }
        return false
    }

    static func mentions(_ rule: String, _ comment: String) -> Bool {
        guard !comment.isEmpty else { return false }
        for line in comment.split(separator: "\n") {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            for (i, word) in words.enumerated() where prefixes.contains(String(word)) {
                if i + 1 < words.count, words[i + 1] == rule { return true }
            }
        }
        return false
    }
}
