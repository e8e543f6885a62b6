import Foundation
import ProtopkgBasics

/// Sources read from import roots on disk; the first root holding a path wins, as with `protoc -I`.
public struct DirectoryImportResolver: ImportResolver {
    /// Absolute root directories.
    public let roots: [String]
    /// What to show in place of each root in messages, e.g. `proto/` for the module's own root.
    public let displayPrefixes: [String]

    public init(roots: [String], displayPrefixes: [String]? = nil) {
        self.roots = roots
        self.displayPrefixes = displayPrefixes ?? roots.map { $0 + "/" }
    }

    public func listFiles() -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for root in roots {
            for f in FileSystem.files(under: root, suffix: ".proto") where seen.insert(f).inserted { out.append(f) }
        }
        return out.sorted()
    }

    public func read(_ importPath: String) -> Data? {
        for root in roots {
            if let d = FileManager.default.contents(atPath: "\(root)/\(importPath)") { return d }
        }
        return nil
    }

    public func displayPath(for importPath: String) -> String {
        for (i, root) in roots.enumerated() where FileManager.default.fileExists(atPath: "\(root)/\(importPath)") {
            return displayPrefixes[i] + importPath
        }
        return importPath
    }
}
