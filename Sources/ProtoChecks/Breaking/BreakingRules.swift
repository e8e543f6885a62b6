/// Every breaking rule. A test fails when a file under Rules/Breaking/ is missing from this
/// list. Keep each group sorted by ID.
public enum BreakingRules {
    public static let all: [any BreakingRule.Type] = deletionsAndFileOptions + sameness

    /// Deletions (`*_NO_DELETE*`), reserved ranges, file options and file identity (`FILE_SAME_*`).
    static let deletionsAndFileOptions: [any BreakingRule.Type] = [
        FieldNoDelete.self,
        FileNoDelete.self,
    ]

    /// Changes to kept elements: types, names, JSON, cardinality, defaults, oneofs, RPC shapes.
    static let sameness: [any BreakingRule.Type] = [
    ]
}
