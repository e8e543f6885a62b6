extension Finding {
    /// The order findings print in: by path, line, column, rule, then message. Compared field by
    /// field rather than as tuples, which copied (and so retained) every string on each of the
    /// million comparisons a large tree's findings take to sort.
    public static func inReadingOrder(_ a: Finding, _ b: Finding) -> Bool {
        if a.path != b.path { return a.path < b.path }
        if a.startLine != b.startLine { return a.startLine < b.startLine }
        if a.startColumn != b.startColumn { return a.startColumn < b.startColumn }
        if a.type != b.type { return a.type < b.type }
        return a.message < b.message
    }
}
