import ProtoSchema

extension SchemaField {
    /// How the API docs name the field's cardinality: `repeated`, `map`, `required`, `optional`
    /// (explicit presence: a reader can tell unset from zero), or `implicit` (no presence: zero
    /// and unset are the same), from the label, the syntax and the resolved editions features.
    public var cardinalityLabel: String {
        switch FieldCardinality(self) {
        case .repeated: return "repeated"
        case .map: return "map"
        case .required: return "required"
        case .optionalWithExplicitPresence: return "optional"
        case .optionalWithImplicitPresence: return "implicit"
        }
    }
}
