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
            // Finding's own Codable shape, written out by hand (Finding+JSONLine).
            var line = ""
            finding.appendJSONLine(to: &line)
            return line
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
        return (0..<chunkCount(findings)).concurrentMap { renderChunk(findings, $0) }.joined()
    }

    /// Writes what `render` gives to `out`, without making it whole first: a large tree has
    /// tens of thousands of findings, rendered in chunks on every core while a writer thread
    /// writes each one, in order, as soon as it is done.
    public func write(_ findings: [Finding], to out: FileHandle) {
        let chunks = chunkCount(findings)
        guard self != .gitlabCodeQuality, chunks > 1 else {
            out.write(Data(render(findings).utf8))
            return
        }
        nonisolated(unsafe) let done = UnsafeMutablePointer<Data>.allocate(capacity: chunks)
        let ready = (0..<chunks).map { _ in DispatchSemaphore(value: 0) }
        let written = DispatchSemaphore(value: 0)
        let writer = Thread {
            for c in 0..<chunks {
                ready[c].wait()
                out.write(done[c])
                (done + c).deinitialize(count: 1)
            }
            written.signal()
        }
        writer.start()
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            (done + c).initialize(to: Data(renderChunk(findings, c).utf8))
            ready[c].signal()
        }
        written.wait()
        done.deallocate()
    }

    private func chunkCount(_ findings: [Finding]) -> Int {
        findings.count < 2048 ? 1 : 32
    }

    private func renderChunk(_ findings: [Finding], _ chunk: Int) -> String {
        let chunks = chunkCount(findings)
        var text = ""
        for f in findings[(findings.count * chunk / chunks)..<(findings.count * (chunk + 1) / chunks)] {
            if self == .json {
                f.appendJSONLine(to: &text)
            } else {
                text += render(f)
            }
            text += "\n"
        }
        return text
    }
}
