import ProtoSchema

/// Fields paired by number within paired messages, then extensions paired by (extendee, number):
/// buf's field rules see both. `pairs` gives the two schemas, for rules that follow a field's type.
public protocol FieldOrExtensionPairRule: BreakingRule {
    func check(previous: SchemaField, current: SchemaField, pairs: SchemaPairs, _ context: BreakingContext)
}

extension FieldOrExtensionPairRule {
    public func run(_ pairs: SchemaPairs, _ context: BreakingContext) {
        for (p, c) in pairs.fields { check(previous: p, current: c, pairs: pairs, context) }
        for (p, c) in pairs.extensions { check(previous: p, current: c, pairs: pairs, context) }
    }
}
