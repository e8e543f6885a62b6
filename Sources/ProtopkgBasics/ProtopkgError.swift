/// An error meant for the person at the terminal: what went wrong, where, and how to fix it.
/// Commands print it and exit 1; nothing else in the tool prints errors.
public struct ProtopkgError: Error, CustomStringConvertible, Sendable {
    public var message: String
    /// `file`, `file:line` or `file:line:col`, when the error has a place.
    public var location: String?
    /// One sentence on how to fix it.
    public var hint: String?
    /// Several located problems at once (for example every compile error of a run).
    public var findings: [Finding]

    public init(_ message: String, at location: String? = nil, hint: String? = nil, findings: [Finding] = []) {
        self.message = message
        self.location = location
        self.hint = hint
        self.findings = findings
    }

    public var description: String {
        var lines: [String] = []
        if let location { lines.append("\(location): \(message)") } else { lines.append(message) }
        for f in findings { lines.append("  \(f.description)") }
        if let hint { lines.append("hint: \(hint)") }
        return lines.joined(separator: "\n")
    }
}
