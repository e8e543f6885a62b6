/// Every breaking rule. A test fails when a file under Rules/Breaking/ is missing from this list.
public enum BreakingRules {
    public static let all: [any BreakingRule.Type] = [
        FileNoDelete.self,
        FieldNoDelete.self,
    ]
}
