import ProtoSchema

struct ReservedEnumNoDelete: EnumPairRule {
    static let info = RuleInfo(id: "RESERVED_ENUM_NO_DELETE", categories: ["CSR", "FILE", "PACKAGE", "WIRE_JSON", "WIRE"], isDefault: true,
                               purpose: "Enums keep every reserved number and name.")

    func check(previous: SchemaEnum, current: SchemaEnum, _ context: BreakingContext) {
        let coverage = TagRangeCoverage(enum: current)
        let losses = coverage.losses(previous: TagRangeCoverage.closed(previous.reservedRanges),
                                     current: TagRangeCoverage.closed(current.reservedRanges))
        for (range, missing) in losses {
            context.report(current, "Previously present reserved range \"\(range)\" on enum \"\(current.name)\" is missing values: \(missing) were removed.")
        }
        let kept = Set(current.reservedNames)
        for name in previous.reservedNames where !kept.contains(name) {
            context.report(current, "Previously present reserved name \"\(name)\" on enum \"\(current.name)\" was deleted.")
        }
    }
}
