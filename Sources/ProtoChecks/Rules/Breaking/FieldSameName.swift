import ProtoSchema

/// Generated accessors, JSON and text formats use field names; extensions are known by full name.
struct FieldSameName: FieldOrExtensionPairRule {
    static let info = RuleInfo(id: "FIELD_SAME_NAME", categories: ["CSR", "FILE", "PACKAGE", "WIRE_JSON"], isDefault: true,
                               purpose: "Fields keep their names.")

    func check(previous: SchemaField, current: SchemaField, pairs: SchemaPairs, _ context: BreakingContext) {
        let (before, after) = previous.isExtension ? (previous.fullName, current.fullName) : (previous.name, current.name)
        guard before != after else { return }
        let what = current.isExtension ? "Extension \"\(current.number)\" on message \"\(current.extendee)\""
            : "Field \"\(current.number)\" on message \"\(current.message?.name ?? "")\""
        context.report(current, path: [DescriptorPath.Field.name], "\(what) changed name from \"\(before)\" to \"\(after)\".")
    }
}
