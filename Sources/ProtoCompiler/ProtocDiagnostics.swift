import ProtopkgBasics

/// Reads protoc's error lines (`file:line:col: message`, or `file: message`) into findings.
enum ProtocDiagnostics {
    static func parse(_ stderr: String, displayPath: (String) -> String) -> [Finding] {
        var findings: [Finding] = []
        var seen = Set<String>()
        for raw in stderr.split(separator: "\n") {
            let line = String(raw)
            guard let finding = parseLine(line, displayPath: displayPath) else { continue }
            if finding.message.hasPrefix("warning:") { continue }
            if seen.insert(finding.description).inserted { findings.append(finding) }
        }
        return findings
    }

    static func parseLine(_ line: String, displayPath: (String) -> String) -> Finding? {
        guard let protoEnd = line.range(of: ".proto") else { return nil }
        let path = String(line[..<protoEnd.upperBound])
        var rest = line[protoEnd.upperBound...]
        guard rest.first == ":" else { return nil }
        rest = rest.dropFirst()
        var numbers: [Int] = []
        while numbers.count < 2, let colon = rest.firstIndex(of: ":"), let n = Int(rest[..<colon]) {
            numbers.append(n)
            rest = rest[rest.index(after: colon)...]
        }
        let message = rest.trimmingCharacters(in: .whitespaces)
        return Finding(path: displayPath(path), startLine: numbers.first ?? 0,
                       startColumn: numbers.count > 1 ? numbers[1] : 0, type: "COMPILE", message: message)
    }
}
