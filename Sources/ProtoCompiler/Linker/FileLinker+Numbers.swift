extension FileLinker {
    /// The checks protoc's BuildMessage makes once a message is built: reserved ranges and
    /// names, fields inside extension or reserved ranges, overlapping extension ranges.
    func checkMessageNumbers(_ message: MessageDescriptor) {
        let reserved = message.reservedRanges
        for i in reserved.indices {
            for j in (i + 1)..<reserved.count where reserved[i].end > reserved[j].start && reserved[j].end > reserved[i].start {
                addError(reserved[i].node.startFirst, "Reserved range \(reserved[j].start) to \(reserved[j].end - 1) overlaps with already-defined range \(reserved[i].start) to \(reserved[i].end - 1).")
            }
        }
        var reservedNames = Set<String>()
        for name in message.reservedNames where !reservedNames.insert(name.name).inserted {
            addError(message.nameToken, "Field name \"\(name.name)\" is reserved multiple times.")
        }
        for field in message.fields {
            for range in message.extensionRanges where range.start <= field.number && field.number < range.end {
                numberHints.request(message, reason: range.node.startFirst)
                addError(range.node.startFirst, "Extension range \(range.start) to \(range.end - 1) includes field \"\(field.name)\" (\(field.number)).")
            }
            for range in reserved where range.start <= field.number && field.number < range.end {
                numberHints.request(message, reason: range.node.startFirst)
                addError(range.node.startFirst, "Field \"\(field.name)\" uses reserved number \(field.number).")
            }
            if reservedNames.contains(field.name) {
                addError(field.node?.nameToken, "Field name \"\(field.name)\" is reserved.")
            }
        }
        let ranges = message.extensionRanges
        for i in ranges.indices {
            for range in reserved where ranges[i].end > range.start && range.end > ranges[i].start {
                addError(ranges[i].node.startFirst, "Extension range \(ranges[i].start) to \(ranges[i].end - 1) overlaps with reserved range \(range.start) to \(range.end - 1).")
            }
            for j in (i + 1)..<ranges.count where ranges[i].end > ranges[j].start && ranges[j].end > ranges[i].start {
                addError(ranges[i].node.startFirst, "Extension range \(ranges[j].start) to \(ranges[j].end - 1) overlaps with already-defined range \(ranges[i].start) to \(ranges[i].end - 1).")
            }
        }
    }

    /// protoc's BuildEnum checks on reserved ranges and names.
    func checkEnumNumbers(_ e: EnumDescriptor) {
        let reserved = e.reservedRanges
        for i in reserved.indices {
            for j in (i + 1)..<reserved.count where reserved[i].end >= reserved[j].start && reserved[j].end >= reserved[i].start {
                addError(reserved[i].node.startFirst, "Reserved range \(reserved[j].start) to \(reserved[j].end) overlaps with already-defined range \(reserved[i].start) to \(reserved[i].end).")
            }
        }
        var names = Set<String>()
        for name in e.reservedNames where !names.insert(name.name).inserted {
            addError(e.node.nameToken, "Enum value \"\(name.name)\" is reserved multiple times.")
        }
        for value in e.values {
            for range in reserved where range.start <= value.number && value.number <= range.end {
                addError(range.node.startFirst, "Enum value \"\(value.name)\" uses reserved number \(value.number).")
            }
            if names.contains(value.name) {
                addError(value.node.nameToken, "Enum value \"\(value.name)\" is reserved.")
            }
        }
    }
}
