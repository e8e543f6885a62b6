import ProtoSchema

/// An enum that JSON supported fully (proto3) must not fall back to best-effort support (proto2).
struct EnumSameJsonFormat: EnumPairRule {
    static let info = RuleInfo(id: "ENUM_SAME_JSON_FORMAT", categories: ["CSR", "FILE", "PACKAGE", "WIRE_JSON"], isDefault: true,
                               purpose: "Enums keep full JSON support.")

    func check(previous: SchemaEnum, current: SchemaEnum, _ context: BreakingContext) {
        let (before, after) = (ResolvedFeatures(previous).jsonFormat, ResolvedFeatures(current).jsonFormat)
        guard before == .allow, after != .allow else { return }
        let change = "from \(ResolvedFeatures.name(before)) to \(ResolvedFeatures.name(after))"
        // Where an editions file sets `features.json_format` on the enum; else the enum.
        context.report(current, path: [DescriptorPath.Enum.options, 7, 6], "Enum \"\(current.name)\" JSON format support changed \(change).")
    }
}
