import ProtopkgBasics

/// Rewrites the `version:` of a protopkg.yaml in place, keeping every other line, comments
/// included; inserts it after `name:` when there is none.
public enum ManifestVersionEditor {
    public static func setting(_ version: SemVer, in text: String, file: String) throws -> String {
        var lines = text.components(separatedBy: "\n")
        if let i = lines.firstIndex(where: { $0.hasPrefix("version:") }) {
            // Replace only the value's token: spacing and a trailing comment stay as written.
            let line = lines[i]
            var start = line.index(line.startIndex, offsetBy: "version:".count)
            while start < line.endIndex, line[start] == " " { start = line.index(after: start) }
            var end = start
            while end < line.endIndex, line[end] != " ", line[end] != "#" { end = line.index(after: end) }
            lines[i] = String(line[..<start]) + "\(version)" + String(line[end...])
        } else if let i = lines.firstIndex(where: { $0.hasPrefix("name:") }) {
            lines.insert("version: \(version)", at: i + 1)
        } else {
            throw ProtopkgError("no top-level `name:` to put the version after", at: file)
        }
        let result = lines.joined(separator: "\n")
        let parsed = try Manifest.parse(yaml: result, file: file)
        guard parsed.version == version else { throw ProtopkgError("could not set the version", at: file) }
        return result
    }
}
