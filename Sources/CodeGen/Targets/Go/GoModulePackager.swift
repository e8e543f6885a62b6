import ArchiveKit
import Foundation
import ProtoPackaging
import ProtopkgBasics

/// A Go module zip laid out by the module proxy's rules: every entry under `module@vX.Y.Z/`,
/// a `go.mod` at its root, and the `/vN` suffix on the module path from major 2.
public struct GoModulePackager {
    public struct Input {
        /// Module path including any /vN suffix.
        public var modulePath: String
        public var version: SemVer
        public var files: GeneratedFiles
        /// Module path → minimum version (`v1.28.1`), in go.mod's require block.
        public var requires: [String: String]
        public init(modulePath: String, version: SemVer, files: GeneratedFiles, requires: [String: String]) {
            self.modulePath = modulePath
            self.version = version
            self.files = files
            self.requires = requires
        }
    }

    /// Go versions carry no build metadata.
    public static func goVersion(_ v: SemVer) -> String {
        var copy = v
        copy.build = []
        return "v\(copy)"
    }

    /// The minimum grpc-go that code from a given protoc-gen-go-grpc release needs.
    public static func grpcRuntime(forPluginVersion plugin: String) -> String {
        let table: [(String, String)] = [("1.0", "v1.32.0"), ("1.1", "v1.32.0"), ("1.2", "v1.32.0"),
                                         ("1.3", "v1.52.0"), ("1.4", "v1.62.0"), ("1.5", "v1.64.0")]
        for (prefix, runtime) in table where plugin.hasPrefix(prefix) { return runtime }
        return "v1.64.0"
    }

    public static func goMod(_ input: Input) -> String {
        var text = "module \(input.modulePath)\n\ngo 1.19\n"
        if !input.requires.isEmpty {
            text += "\nrequire (\n"
            for (path, version) in input.requires.sorted(by: { $0.key < $1.key }) { text += "\t\(path) \(version)\n" }
            text += ")\n"
        }
        return text
    }

    /// (go.mod text, file name, zip bytes).
    public static func package(_ input: Input, fileStem: String) throws -> (goMod: String, name: String, zip: Data) {
        let version = goVersion(input.version)
        let prefix = "\(input.modulePath)@\(version)/"
        let goMod = goMod(input)
        var entries = input.files.map { ArchiveEntry(path: prefix + $0.key, data: $0.value) }
        entries.append(ArchiveEntry(path: prefix + "go.mod", data: Data(goMod.utf8)))
        return (goMod, "\(fileStem)-\(version).zip", try ArchiveWriter.write(entries.sortedByPath, format: .zip))
    }
}
