import ProtoSchema

/// JSON and text formats spell enum values by name: every name a number had must still be one
/// of its names (aliases may be added, not renamed or dropped).
struct EnumValueSameName: EnumPairRule {
    static let info = RuleInfo(id: "ENUM_VALUE_SAME_NAME", categories: ["CSR", "FILE", "PACKAGE", "WIRE_JSON"], isDefault: true,
                               purpose: "Enum values keep their names.")

    func check(previous: SchemaEnum, current: SchemaEnum, _ context: BreakingContext) {
        let before = Dictionary(grouping: previous.values, by: \.number).mapValues { Set($0.map(\.name)) }
        let after = Dictionary(grouping: current.values, by: \.number)
        for (number, values) in after.sorted(by: { $0.key < $1.key }) {
            guard let names = before[number] else { continue }
            let now = Set(values.map(\.name))
            guard !names.isSubset(of: now) else { continue }
            let quoted = { (s: Set<String>) in s.sorted().map { "\"\($0)\"" }.joined(separator: ", ") }
            let plural = names.count > 1 && now.count > 1 ? "s" : ""
            for value in values {
                context.report(value, path: [DescriptorPath.EnumValue.number], "Enum value \"\(number)\" on enum "
                               + "\"\(current.name)\" changed name\(plural) from \(quoted(names)) to \(quoted(now)).")
            }
        }
    }
}
