import Foundation
import ProtoPackaging

/// What `protopkg info` prints about a module or one version of it, as text or JSON.
public enum ModuleInfo {
    public static func text(module: ModuleName, versions: [PublishedVersion]) -> String {
        var lines = ["\(module): \(versions.count) version\(versions.count == 1 ? "" : "s")"]
        let width = versions.map { $0.version.description.count }.max() ?? 0
        for v in versions.reversed() {
            let name = v.version.description.padding(toLength: width, withPad: " ", startingAt: 0)
            lines.append("  \(name)  \(v.publishedAt)  sha256:\(v.sha256.prefix(12))…" + (v.yanked ? "  (yanked)" : ""))
        }
        return lines.joined(separator: "\n")
    }

    public static func text(_ v: PublishedVersion, registry: String) -> String {
        var lines = ["\(v.module)@\(v.version)" + (v.yanked ? " (yanked)" : ""),
                     "  digest:     sha256:\(v.sha256)",
                     "  published:  \(v.publishedAt)",
                     "  artifacts:"]
        let width = v.artifacts.map(\.kind.count).max() ?? 0
        for a in v.artifacts {
            lines.append("    \(a.kind.padding(toLength: width, withPad: " ", startingAt: 0))  \(a.fileName)  \(a.size) B  sha256:\(a.sha256)")
        }
        lines.append("  install:")
        for line in InstallCommands.lines(for: v, registry: registry) { lines.append("    \(line.command)") }
        return lines.joined(separator: "\n")
    }

    public static func json(module: ModuleName, versions: [PublishedVersion]) throws -> String {
        try encode(["module": module.description, "versions": versions.map(\.json)])
    }

    public static func json(_ v: PublishedVersion, registry: String) throws -> String {
        var object = v.json
        object["install"] = InstallCommands.lines(for: v, registry: registry).map { ["tool": $0.tool, "command": $0.command] }
        return try encode(object)
    }

    static func encode(_ object: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]),
               as: UTF8.self)
    }
}
