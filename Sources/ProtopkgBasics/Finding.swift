/// One result of any check: a compile error, a manifest error, a lint or breaking finding.
/// The JSON shape matches what buf prints with `--error-format json`, so existing tooling reads it.
public struct Finding: Codable, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var startLine: Int
    public var startColumn: Int
    public var endLine: Int
    public var endColumn: Int
    /// The rule ID for lint and breaking findings; `COMPILE` or `MANIFEST` for input errors.
    public var type: String
    public var message: String

    public init(path: String, startLine: Int = 0, startColumn: Int = 0,
                endLine: Int? = nil, endColumn: Int? = nil, type: String, message: String) {
        self.path = path
        self.startLine = startLine
        self.startColumn = startColumn
        self.endLine = endLine ?? startLine
        self.endColumn = endColumn ?? startColumn
        self.type = type
        self.message = message
    }

    enum CodingKeys: String, CodingKey {
        case path
        case startLine = "start_line"
        case startColumn = "start_column"
        case endLine = "end_line"
        case endColumn = "end_column"
        case type, message
    }

    /// `path:line:col:message`, leaving out the position parts that are unknown.
    public var location: String {
        var s = path
        if startLine > 0 {
            s += ":\(startLine)"
            if startColumn > 0 { s += ":\(startColumn)" }
        }
        return s
    }

    public var description: String { "\(location):\(message)" }
}
