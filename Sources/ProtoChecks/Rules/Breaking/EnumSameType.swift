import ProtoSchema

/// Open enums keep unknown values, closed ones move them to unknown fields: generated code and
/// parsers differ. Without editions the syntax decides: proto2 enums are closed, proto3 open.
struct EnumSameType: EnumPairRule {
    static let info = RuleInfo(id: "ENUM_SAME_TYPE", categories: ["FILE", "PACKAGE"], isDefault: true,
                               purpose: "Enums stay open or closed.")

    func check(previous: SchemaEnum, current: SchemaEnum, _ context: BreakingContext) {
        let wasClosed = ResolvedFeatures(previous).enumType == .closed
        let isClosed = ResolvedFeatures(current).enumType == .closed
        guard wasClosed != isClosed else { return }
        let state = { (closed: Bool) in closed ? "closed" : "open" }
        // Where an editions file sets `features.enum_type` on the enum; else the enum.
        context.report(current, path: [DescriptorPath.Enum.options, 7, 2],
                       "Enum \"\(current.name)\" changed from \(state(wasClosed)) to \(state(isClosed)).")
    }
}
