import ProtoPackaging

/// `ignore` and `ignore_only`: paths (files or directories, relative to the module directory)
/// whose findings are dropped, for all rules or for some rules and categories.
public struct PathFilter: Sendable {
    public var ignore: [String]
    /// Rule ID or category → paths.
    public var ignoreOnly: [String: [String]]

    public init(ignore: [String], ignoreOnly: [String: [String]]) {
        self.ignore = ignore
        self.ignoreOnly = ignoreOnly
    }

    /// Whether `prefix` is `path` or a directory holding it, compared by whole components so that
    /// `acme/v` does not cover `acme/v1/a.proto`; `.` covers the whole module.
    static func covers(_ prefix: String, _ path: String) -> Bool { SourceModule.covers(prefix, path) }

    /// True when a finding of `rule` (with `categories`) at module-relative `path` is ignored.
    /// A finding with no file (`path` empty) is never ignored by path.
    public func ignores(path: String, rule: String, categories: [String]) -> Bool {
        guard !path.isEmpty else { return false }
        if ignore.contains(where: { Self.covers($0, path) }) { return true }
        for key in [rule] + categories {
            if let paths = ignoreOnly[key], paths.contains(where: { Self.covers($0, path) }) { return true }
        }
        return false
    }
}
