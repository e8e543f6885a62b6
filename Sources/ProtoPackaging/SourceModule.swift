/// One set of import roots checked together under one lint and one breaking configuration: the
/// single `proto` root of a protopkg.yaml, the root of a buf.yaml v1, the `build.roots` of a
/// buf.yaml v1beta1, one entry of a buf.yaml v2 `modules` list, or one directory of a
/// buf.work.yaml. buf lints and compares each module on its own, so rules that look across files
/// (package affinity, directory layout, import cycles) only ever see one module's files.
///
/// Every path is relative to the directory of the manifest (the workspace root), whatever the file
/// it was written in counted from: `ignore` paths of a buf v1 module (relative to that module) and
/// of a v1beta1 module (relative to each root) are rebased when the file is read, so matching a
/// finding only needs the finding's path from the workspace root.
public struct SourceModule: Sendable, Equatable {
    /// Import roots; `.` is the manifest's directory itself.
    public var roots: [String]
    /// Directories (or files) under the roots whose files are not part of the module.
    public var excludes: [String]
    /// When not empty, only files under these paths are part of the module (buf v2 `includes`).
    public var includes: [String]
    public var lint: LintConfig
    public var breaking: BreakingConfig
    /// The file that configured this module, relative to the manifest's directory: named by
    /// errors about the configuration (an unknown rule in `proto/buf.yaml`). Empty when no file did.
    public var configFile: String

    public init(roots: [String], excludes: [String] = [], includes: [String] = [],
                lint: LintConfig = LintConfig(), breaking: BreakingConfig = BreakingConfig(), configFile: String = "") {
        self.roots = roots
        self.excludes = excludes
        self.includes = includes
        self.lint = lint
        self.breaking = breaking
        self.configFile = configFile
    }

    /// Whether the file at `path` (relative to the manifest's directory, under one of the roots)
    /// belongs to the module: not excluded, and included when `includes` is set.
    public func contains(_ path: String) -> Bool {
        if excludes.contains(where: { Self.covers($0, path) }) { return false }
        return includes.isEmpty || includes.contains(where: { Self.covers($0, path) })
    }

    /// The same module seen from a directory above it: `directory` is where this module's paths
    /// started, relative to the new base. buf.work.yaml uses it to place each directory's module.
    public func rebased(under directory: String) -> SourceModule {
        func rebase(_ path: String) -> String { Self.join(directory, path) }
        var copy = self
        copy.roots = roots.map(rebase)
        copy.excludes = excludes.map(rebase)
        copy.includes = includes.map(rebase)
        copy.lint.ignore = lint.ignore.map(rebase)
        copy.lint.ignoreOnly = lint.ignoreOnly.mapValues { $0.map(rebase) }
        copy.breaking.ignore = breaking.ignore.map(rebase)
        copy.breaking.ignoreOnly = breaking.ignoreOnly.mapValues { $0.map(rebase) }
        copy.configFile = configFile.isEmpty ? "" : rebase(configFile)
        return copy
    }

    /// The breaking configuration with its paths as import paths (relative to the roots): what a
    /// bundle records, since a bundle keeps the sources by import path and not the roots. A path
    /// above a root covers all of it (`.`); one outside every root can match nothing and is dropped.
    public var breakingByImportPath: BreakingConfig {
        func importPaths(_ paths: [String]) -> [String] {
            var out: [String] = []
            for path in paths {
                for root in roots {
                    let mapped: String?
                    if Self.covers(root, path) {
                        let rest = path.split(separator: "/").filter { $0 != "." }.dropFirst(root.split(separator: "/").filter { $0 != "." }.count)
                        mapped = rest.isEmpty ? "." : rest.joined(separator: "/")
                    } else {
                        mapped = Self.covers(path, root) ? "." : nil
                    }
                    if let mapped, !out.contains(mapped) { out.append(mapped) }
                }
            }
            return out
        }
        var copy = breaking
        copy.ignore = importPaths(breaking.ignore)
        copy.ignoreOnly = breaking.ignoreOnly.mapValues(importPaths)
        return copy
    }

    /// `a` + `b` for relative paths where `.` is the empty path.
    public static func join(_ a: String, _ b: String) -> String {
        if a == "." || a.isEmpty { return b }
        if b == "." || b.isEmpty { return a }
        return "\(a)/\(b)"
    }

    /// Whether `prefix` is `path` or a directory holding it, compared by whole components; `.`
    /// covers everything.
    public static func covers(_ prefix: String, _ path: String) -> Bool {
        if prefix == "." || prefix.isEmpty { return true }
        if isPlain(prefix) && isPlain(path) {
            // The usual case, checked for every file of a module: whole components, no splitting.
            return path == prefix || path.hasPrefix(prefix + "/")
        }
        let p = prefix.split(separator: "/").filter { $0 != "." }
        let q = path.split(separator: "/").filter { $0 != "." }
        return p.count <= q.count && q.starts(with: p)
    }

    /// No `.` component, no empty component, no trailing slash.
    private static func isPlain(_ path: String) -> Bool {
        !path.hasPrefix("./") && !path.hasSuffix("/") && !path.hasSuffix("/.") && !path.contains("//") && !path.contains("/./")
    }
}
