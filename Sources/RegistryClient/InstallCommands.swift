import Foundation
import ProtoPackaging

/// How a service installs one published version with its own package manager, for `info` and
/// the registry's pages: one line (or a short block) per artifact kind the version carries.
public enum InstallCommands {
    public struct Line: Equatable, Sendable {
        /// `pip`, `go`, `swift`, `npm`, `protopkg`.
        public var tool: String
        public var command: String
    }

    /// `registry` is the registry's base URL, without a trailing slash.
    public static func lines(for version: PublishedVersion, registry: String) -> [Line] {
        let base = registry.hasSuffix("/") ? String(registry.dropLast()) : registry
        var lines: [Line] = []
        let v = version.version
        for artifact in version.artifacts {
            switch artifact.kind {
            case "python":
                let series = "\(v.major).\(v.minor).*"
                lines.append(Line(tool: "pip", command: "pip install --index-url \(base)/pypi/simple/ '\(version.module.pythonDistribution)==\(series)'"))
            case "go":
                guard let path = artifact.packageName else { continue }
                var plain = v
                plain.build = []
                let prefix = path.split(separator: "/").prefix(2).joined(separator: "/")
                lines.append(Line(tool: "go", command: "GOPROXY=\(base)/go,https://proxy.golang.org GONOSUMDB=\(prefix) go get \(path)@v\(plain)"))
            case "swift":
                guard let identity = artifact.packageName else { continue }
                var plain = v
                plain.build = []
                // `from:` admits the next minor versions, which below 1.0 may break.
                let requirement = v.major == 0 ? ".upToNextMinor(from: \"\(plain)\")" : "from: \"\(plain)\""
                lines.append(Line(tool: "swift", command: "swift package-registry set \(base)/swift"))
                lines.append(Line(tool: "swift", command: ".package(id: \"\(identity)\", \(requirement))"))
            default:
                continue
            }
        }
        lines.append(Line(tool: "protopkg", command: "protopkg add \(version.module)@^\(v.major).\(v.minor) --registry \(base)"))
        return lines
    }
}
