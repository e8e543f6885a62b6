import Foundation

/// The `--error-format` choices and how each prints a finding.
public enum ErrorFormat: String, CaseIterable, Sendable {
    case text
    case json
    case githubActions = "github-actions"
    /// GitLab's code-quality report (Code Climate's JSON): one array for the whole run.
    case gitlabCodeQuality = "gitlab-code-quality"

    public func render(_ finding: Finding) -> String {
        switch self {
        case .text:
            return "\(finding.location):\(finding.message) (\(finding.type))"
        case .json:
            // Finding's own Codable shape; a finding holds only strings and integers, which never fail.
            return (try? JSONLineEncoder.encode(finding)) ?? ""
        case .githubActions:
            // Workflow commands: properties escape % \r \n , and :, the message % \r \n.
            func property(_ s: String) -> String {
                s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
                    .replacingOccurrences(of: "\n", with: "%0A").replacingOccurrences(of: ":", with: "%3A")
                    .replacingOccurrences(of: ",", with: "%2C")
            }
            let message = finding.message.replacingOccurrences(of: "%", with: "%25")
                .replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
            var props = ["file=\(property(finding.path.isEmpty ? finding.subject ?? "" : finding.path))"]
            if finding.startLine > 0 {
                props += ["line=\(finding.startLine)", "endLine=\(finding.endLine)",
                          "col=\(finding.startColumn)", "endColumn=\(finding.endColumn)"]
            }
            props.append("title=\(property(finding.type))")
            return "::error \(props.joined(separator: ","))::\(message)"
        case .gitlabCodeQuality:
            return GitLabCodeQuality.json([finding])
        }
    }

    /// Every finding rendered, one a line, ready to be written at once.
    public func render(_ findings: [Finding]) -> String {
        if self == .gitlabCodeQuality { return GitLabCodeQuality.json(findings) + "\n" }
        // A large tree has tens of thousands of findings: the lines are rendered on every core,
        // in chunks joined in order.
        let chunks = findings.count < 2048 ? 1 : 8
        let parts = (0..<chunks).concurrentMap { chunk in
            var text = ""
            for f in findings[(findings.count * chunk / chunks)..<(findings.count * (chunk + 1) / chunks)] {
                text += render(f)
                text += "\n"
            }
            return text
        }
        return parts.joined()
    }
}
