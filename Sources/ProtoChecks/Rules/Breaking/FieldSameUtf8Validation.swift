import ProtoSchema

/// Whether parsers reject invalid UTF-8 in a string field: proto3 strings are checked, proto2
/// strings are not.
struct FieldSameUtf8Validation: FieldOrExtensionPairRule {
    static let info = RuleInfo(id: "FIELD_SAME_UTF8_VALIDATION", categories: ["FILE", "PACKAGE"], isDefault: true,
                               purpose: "String fields keep their UTF-8 validation.")

    func check(previous: SchemaField, current: SchemaField, pairs: SchemaPairs, _ context: BreakingContext) {
        guard previous.type == .string, current.type == .string else { return }
        let (before, after) = (ResolvedFeatures(previous).utf8Validation, ResolvedFeatures(current).utf8Validation)
        guard before != after else { return }
        // Where an editions file sets `features.utf8_validation` on the field; else the field.
        context.report(current, path: [DescriptorPath.Field.options, 21, 4], "\(current.findingText) changed UTF8 validation from "
                       + "\(ResolvedFeatures.name(before)) to \(ResolvedFeatures.name(after)).")
    }
}
