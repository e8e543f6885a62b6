import ProtoSchema

struct ExtensionMessageNoDelete: MessagePairRule {
    static let info = RuleInfo(id: "EXTENSION_MESSAGE_NO_DELETE", categories: ["CSR", "FILE", "PACKAGE"], isDefault: true,
                               purpose: "Messages keep every number of their extension ranges.")

    func check(previous: SchemaMessage, current: SchemaMessage, _ context: BreakingContext) {
        let coverage = TagRangeCoverage(message: current)
        let losses = coverage.losses(previous: TagRangeCoverage.closed(previous.extensionRanges),
                                     current: TagRangeCoverage.closed(current.extensionRanges))
        for (range, missing) in losses {
            context.report(current, "Previously present extension range \"\(range)\" on message \"\(current.name)\" is missing values: \(missing) were removed.")
        }
    }
}
