import ProtoSchema

/// JSON readers find fields by their JSON name, whether written with `json_name` or derived
/// from the field name. Extensions cannot set one.
struct FieldSameJsonName: FieldOrExtensionPairRule {
    static let info = RuleInfo(id: "FIELD_SAME_JSON_NAME", categories: ["CSR", "FILE", "PACKAGE", "WIRE_JSON"], isDefault: true,
                               purpose: "Fields keep their JSON names.")

    func check(previous: SchemaField, current: SchemaField, pairs: SchemaPairs, _ context: BreakingContext) {
        guard !previous.isExtension else { return }
        let (before, after) = (Self.jsonName(previous), Self.jsonName(current))
        guard before != after else { return }
        context.report(current, path: [DescriptorPath.Field.jsonName],
                       "\(current.findingText) changed option \"json_name\" from \"\(before)\" to \"\(after)\".")
    }

    /// protoc records every field's JSON name; a descriptor that lacks one gets protoc's
    /// derivation (underscores dropped, the letter after each one upper-cased).
    static func jsonName(_ field: SchemaField) -> String {
        if field.descriptor.hasJsonName { return field.jsonName }
        var out = ""
        var upper = false
        for c in field.name {
            if c == "_" { upper = true; continue }
            out += upper ? c.uppercased() : String(c)
            upper = false
        }
        return out
    }
}
