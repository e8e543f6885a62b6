import ProtopkgBasics

/// Rewrites the `version:` of a protopkg.yaml in place, keeping every other line, comments
/// included; inserts it after `name:` when there is none.
public enum ManifestVersionEditor {
    public static func setting(_ version: SemVer, in text: String, file: String) throws -> String {
        var lines = text.components(separatedBy: "\n")
        if let i = lines.firstIndex(where: { $0.hasPrefix("version:") }) {
            let rest = lines[i].dropFirst("version:".count)
            let comment = rest.range(of: " #").map { String(rest[$0.lowerBound...]) } ?? ""
            lines[i] = "version: \(version)" + comment
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
