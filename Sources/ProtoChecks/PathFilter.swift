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

    static func covers(_ prefix: String, _ path: String) -> Bool {
        path == prefix || path.hasPrefix(prefix.hasSuffix("/") ? prefix : prefix + "/")
    }

    /// True when a finding of `rule` (with `categories`) at module-relative `path` is ignored.
    public func ignores(path: String, rule: String, categories: [String]) -> Bool {
        if ignore.contains(where: { Self.covers($0, path) }) { return true }
        for key in [rule] + categories {
            if let paths = ignoreOnly[key], paths.contains(where: { Self.covers($0, path) }) { return true }
        }
        return false
    }
}
