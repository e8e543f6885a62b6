import ProtoSchema

/// Fields and enum values that a kept message or enum no longer has. Both are identified by
/// number: renaming is another rule's business, and aliases share their number.
enum DeletedNumbers {
    static func fields(previous: SchemaMessage, current: SchemaMessage) -> [SchemaField] {
        previous.fields.filter { current.field(number: $0.number) == nil }
    }

    /// Each deleted number once, in declaration order, with all its names sorted.
    static func enumValues(previous: SchemaEnum, current: SchemaEnum) -> [(number: Int32, names: [String])] {
        let kept = Set(current.values.map(\.number))
        var order: [Int32] = []
        var names: [Int32: [String]] = [:]
        for v in previous.values where !kept.contains(v.number) {
            if names[v.number] == nil { order.append(v.number) }
            names[v.number, default: []].append(v.name)
        }
        return order.map { ($0, names[$0]!.sorted()) }
    }

    /// `"A", "B"`.
    static func quoted(_ names: [String]) -> String { names.map { "\"\($0)\"" }.joined(separator: ", ") }
}
