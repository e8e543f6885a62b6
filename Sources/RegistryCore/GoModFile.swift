/// Reads what the registry needs from a go.mod: its module path.
public enum GoModFile {
    /// The path of the `module` directive (quoted or not), nil when there is none.
    public static func modulePath(_ text: String) -> String? {
        for raw in text.split(separator: "\n") {
            var line = raw.trimmingCharacters(in: .whitespaces)
            if let comment = line.range(of: "//") { line = String(line[..<comment.lowerBound]).trimmingCharacters(in: .whitespaces) }
            guard line.hasPrefix("module"), line.dropFirst(6).first?.isWhitespace == true else { continue }
            let path = line.dropFirst(6).trimmingCharacters(in: .whitespaces)
            return path.hasPrefix("\"") && path.hasSuffix("\"") && path.count >= 2 ? String(path.dropFirst().dropLast()) : path
        }
        return nil
    }
}
