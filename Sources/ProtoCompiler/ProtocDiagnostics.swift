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
        return mergingMissingImports(findings)
    }

    /// protoc reports a missing import twice: `x.proto: File not found.` with no place, then
    /// `a.proto:3:1: Import "x.proto" was not found or had errors.`. One finding at the import
    /// statement says it all.
    static func mergingMissingImports(_ findings: [Finding]) -> [Finding] {
        let missing = Set(findings.filter { $0.startLine == 0 && $0.message == "File not found." }.map(\.path))
        guard !missing.isEmpty else { return findings }
        var placed = Set<String>()
        var out: [Finding] = []
        for var f in findings {
            if f.startLine > 0, let name = importName(in: f.message), missing.contains(name) {
                f.message = "Import \"\(name)\" was not found: no import root holds this file."
                placed.insert(name)
            }
            out.append(f)
        }
        return out.filter { !($0.startLine == 0 && $0.message == "File not found." && placed.contains($0.path)) }
    }

    /// `x.proto` from `Import "x.proto" was not found or had errors.`
    static func importName(in message: String) -> String? {
        guard message.hasPrefix("Import \""), message.hasSuffix("\" was not found or had errors.") else { return nil }
        return String(message.dropFirst("Import \"".count).dropLast("\" was not found or had errors.".count))
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
