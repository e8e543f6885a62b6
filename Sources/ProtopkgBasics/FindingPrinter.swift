import Foundation

/// The `--error-format` choices and how each prints a finding.
public enum ErrorFormat: String, CaseIterable, Sendable {
    case text
    case json
    case githubActions = "github-actions"

    public func render(_ finding: Finding) -> String {
        switch self {
        case .text:
            return "\(finding.location):\(finding.message) (\(finding.type))"
        case .json:
            // By hand, in buf's key order: tens of thousands of findings print in milliseconds.
            return "{\"path\":\(Self.quoted(finding.path)),\"start_line\":\(finding.startLine),"
                + "\"start_column\":\(finding.startColumn),\"end_line\":\(finding.endLine),"
                + "\"end_column\":\(finding.endColumn),\"type\":\(Self.quoted(finding.type)),"
                + "\"message\":\(Self.quoted(finding.message))}"
        case .githubActions:
            // Workflow commands: properties escape % \r \n , and :, the message % \r \n.
            func property(_ s: String) -> String {
                s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
                    .replacingOccurrences(of: "\n", with: "%0A").replacingOccurrences(of: ":", with: "%3A")
                    .replacingOccurrences(of: ",", with: "%2C")
            }
            let message = finding.message.replacingOccurrences(of: "%", with: "%25")
                .replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
            var props = ["file=\(property(finding.path))"]
            if finding.startLine > 0 {
                props += ["line=\(finding.startLine)", "endLine=\(finding.endLine)",
                          "col=\(finding.startColumn)", "endColumn=\(finding.endColumn)"]
            }
            props.append("title=\(property(finding.type))")
            return "::error \(props.joined(separator: ","))::\(message)"
        }
    }

    /// A JSON string literal (RFC 8259 escapes; non-ASCII kept as UTF-8).
    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Every finding rendered, one a line, ready to be written at once.
    public func render(_ findings: [Finding]) -> String {
        var out = ""
        for f in findings { out += render(f); out += "\n" }
        return out
    }
}
