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
    /// For a finding with no path (a deleted file or package): the file it is about, which text
    /// output names in place of the path. Not part of the JSON, where buf leaves the path out.
    public var subject: String?

    public init(path: String, startLine: Int = 0, startColumn: Int = 0,
                endLine: Int? = nil, endColumn: Int? = nil, type: String, message: String, subject: String? = nil) {
        self.path = path
        self.startLine = startLine
        self.startColumn = startColumn
        self.endLine = endLine ?? startLine
        self.endColumn = endColumn ?? startColumn
        self.type = type
        self.message = message
        self.subject = subject
    }

    enum CodingKeys: String, CodingKey {
        case path
        case startLine = "start_line"
        case startColumn = "start_column"
        case endLine = "end_line"
        case endColumn = "end_column"
        case type, message
    }

    /// The one JSON shape of a finding, everywhere protopkg writes or reads one (CLI output,
    /// registry refusals, `version next --format json`): buf's keys, in buf's order.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(path, forKey: .path)
        try c.encode(startLine, forKey: .startLine)
        try c.encode(startColumn, forKey: .startColumn)
        try c.encode(endLine, forKey: .endLine)
        try c.encode(endColumn, forKey: .endColumn)
        try c.encode(type, forKey: .type)
        try c.encode(message, forKey: .message)
    }

    /// Positions that are missing read as 0; a missing end is the start.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let line = try c.decodeIfPresent(Int.self, forKey: .startLine) ?? 0
        let column = try c.decodeIfPresent(Int.self, forKey: .startColumn) ?? 0
        self.init(path: try c.decodeIfPresent(String.self, forKey: .path) ?? "", startLine: line, startColumn: column,
                  endLine: try c.decodeIfPresent(Int.self, forKey: .endLine) ?? line,
                  endColumn: try c.decodeIfPresent(Int.self, forKey: .endColumn) ?? column,
                  type: try c.decode(String.self, forKey: .type), message: try c.decodeIfPresent(String.self, forKey: .message) ?? "")
    }

    /// `path:line:col`, leaving out the position parts that are unknown; a finding with no path
    /// names its `subject` instead, else `<input>` as buf does.
    public var location: String {
        var s = path.isEmpty ? (subject ?? "<input>") : path
        if startLine > 0 {
            s += ":\(startLine)"
            if startColumn > 0 { s += ":\(startColumn)" }
        }
        return s
    }

    public var description: String { "\(location):\(message)" }
}
