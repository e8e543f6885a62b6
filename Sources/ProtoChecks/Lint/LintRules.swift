/// Every lint rule, in buf's order of categories. A test fails when a file under Rules/Lint/ is
/// missing from this list. Keep each group sorted by ID.
public enum LintRules {
    public static let all: [any LintRule.Type] = minimalAndBasic + standardCommentsAndUnary

    /// MINIMAL and BASIC.
    static let minimalAndBasic: [any LintRule.Type] = [
        FieldLowerSnakeCase.self,
        PackageDefined.self,
    ]

    /// STANDARD-only, COMMENTS, UNARY_RPC, and rules in no category.
    static let standardCommentsAndUnary: [any LintRule.Type] = [
    ]
}
