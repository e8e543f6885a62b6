import ProtoSchema

/// Joining, leaving or changing a oneof changes generated accessors and what setting the field
/// clears. The oneof protoc makes for a proto3 `optional` field does not count: that is presence,
/// which the cardinality rules see.
struct FieldSameOneof: FieldOrExtensionPairRule {
    static let info = RuleInfo(id: "FIELD_SAME_ONEOF", categories: ["CSR", "FILE", "PACKAGE", "WIRE_JSON", "WIRE"], isDefault: true,
                               purpose: "Fields stay in the same oneof.")

    func check(previous: SchemaField, current: SchemaField, pairs: SchemaPairs, _ context: BreakingContext) {
        guard !previous.isExtension else { return }
        let before = previous.oneof.flatMap { $0.isSynthetic ? nil : $0 }
        let after = current.oneof.flatMap { $0.isSynthetic ? nil : $0 }
        switch (before, after) {
        case (nil, nil):
            return
        case let (b?, a?):
            guard b.name != a.name else { return }
            // buf 1.75 writes a stray `q` after the field here (its format says `%sq`); kept, so
            // that tools matching buf's messages match protopkg's.
            context.report(current, path: [], "\(current.findingText)q moved from oneof \(b.name.goQuoted) to oneof \(a.name.goQuoted).")
        case (nil, _?):
            context.report(current, path: [], "\(current.findingText) moved from outside to inside a oneof.")
        case (_?, nil):
            context.report(current, path: [], "\(current.findingText) moved from inside to outside a oneof.")
        }
    }
}
