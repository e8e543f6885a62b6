import Foundation

/// Findings as the code-quality report GitLab reads from a job's `artifacts:reports:codequality`
/// (a subset of Code Climate's issue format): a JSON array of issues, each with `description`,
/// `check_name`, `fingerprint`, `severity` and `location.path` / `location.lines.begin`.
///
/// GitLab compares a merge request's report with its target branch's by fingerprint, so the
/// fingerprint leaves out the line: a finding that only moved stays the same finding. Equal
/// findings in one file get an occurrence number so that each fingerprint is unique.
public enum GitLabCodeQuality {
    struct Issue: Encodable {
        struct Lines: Encodable { var begin: Int; var end: Int }
        struct Location: Encodable { var path: String; var lines: Lines }
        var description: String
        var checkName: String
        var fingerprint: String
        var severity: String
        var location: Location
        enum CodingKeys: String, CodingKey {
            case description, fingerprint, severity, location
            case checkName = "check_name"
        }
    }

    /// Input errors stop the checks themselves; rule findings are problems to fix before merging.
    static func severity(_ f: Finding) -> String {
        ["COMPILE", "MANIFEST"].contains(f.type) ? "blocker" : "major"
    }

    public static func json(_ findings: [Finding]) -> String {
        var seen: [String: Int] = [:]
        let issues = findings.map { f -> Issue in
            let key = "\(f.path)\u{0}\(f.type)\u{0}\(f.message)"
            let occurrence = seen[key, default: 0]
            seen[key] = occurrence + 1
            let line = max(f.startLine, 1)
            return Issue(description: f.message, checkName: f.type,
                         fingerprint: SHA256Hex.of("\(key)\u{0}\(occurrence)"), severity: severity(f),
                         location: .init(path: f.path, lines: .init(begin: line, end: max(f.endLine, line))))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? String(decoding: encoder.encode(issues), as: UTF8.self)) ?? "[]"
    }
}
