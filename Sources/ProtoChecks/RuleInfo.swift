/// The data every rule carries: its ID (buf's where buf has the rule), its categories, whether
/// it runs when the configuration names nothing, and what it is for.
public struct RuleInfo: Sendable, Hashable {
    public var id: String
    public var categories: [String]
    public var isDefault: Bool
    public var purpose: String

    public init(id: String, categories: [String], isDefault: Bool, purpose: String) {
        self.id = id
        self.categories = categories
        self.isDefault = isDefault
        self.purpose = purpose
    }
}
