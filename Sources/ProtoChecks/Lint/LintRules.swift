/// Every lint rule. A test fails when a file under Rules/Lint/ is missing from this list.
public enum LintRules {
    public static let all: [any LintRule.Type] = [
        FieldLowerSnakeCase.self,
        PackageDefined.self,
    ]
}
