import ProtoSchema

struct ReservedMessageNoDelete: MessagePairRule {
    static let info = RuleInfo(id: "RESERVED_MESSAGE_NO_DELETE", categories: ["CSR", "FILE", "PACKAGE", "WIRE_JSON", "WIRE"], isDefault: true,
                               purpose: "Messages keep every reserved number and name.")

    func check(previous: SchemaMessage, current: SchemaMessage, _ context: BreakingContext) {
        let coverage = TagRangeCoverage(message: current)
        let losses = coverage.losses(previous: TagRangeCoverage.closed(previous.reservedRanges),
                                     current: TagRangeCoverage.closed(current.reservedRanges))
        for (range, missing) in losses {
            context.report(current, "Previously present reserved range \"\(range)\" on message \"\(current.name)\" is missing values: \(missing) were removed.")
        }
        let kept = Set(current.reservedNames)
        for name in previous.reservedNames where !kept.contains(name) {
            context.report(current, "Previously present reserved name \"\(name)\" on message \"\(current.name)\" was deleted.")
        }
    }
}
