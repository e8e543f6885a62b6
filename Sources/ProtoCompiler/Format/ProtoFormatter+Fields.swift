/// One-line declarations: fields (map fields and groups too), enum values, extension ranges
/// and reserved statements.
extension ProtoFormatter {
    func writeField(_ node: FieldNode) {
        let typeStart = index(node.type.start)
        let typeEnd = index(node.type.end)
        if let label = node.labelToken {
            writeStart(index(label))
            space()
            writeFieldType(node, from: typeStart, through: typeEnd, startsLine: false)
        } else {
            writeFieldType(node, from: typeStart, through: typeEnd, startsLine: true)
        }
        space()
        let name = index(node.nameToken)
        writeInline(name)
        space()
        writeInline(name + 1) // =
        space()
        writeInline(index(node.numberToken))
        if let options = node.options {
            space()
            writeCompactOptions(options)
        }
        if let body = node.groupBody {
            space()
            writeMessageBody(body)
        } else {
            writeLineEnd(index(node.end))
        }
    }

    /// A type name's first token starts the line when there is no label; `map<K, V>` is
    /// written with one space after the comma.
    func writeFieldType(_ node: FieldNode, from first: Int, through last: Int, startsLine: Bool) {
        if startsLine {
            writeStart(first)
        } else {
            writeInline(first)
        }
        guard node.type.map != nil else {
            if first < last {
                for i in (first + 1)...last { writeInline(i) }
            }
            return
        }
        for i in (first + 1)...last {
            writeInline(i)
            if tokens[i].isRune(",") { space() }
        }
    }

    func writeEnumValue(_ node: EnumValueNode) {
        let name = index(node.nameToken)
        writeStart(name)
        space()
        writeInline(name + 1) // =
        space()
        for i in index(node.numberStart)...index(node.numberEnd) { writeInline(i) }
        if let options = node.options {
            space()
            writeCompactOptions(options)
        }
        writeLineEnd(index(node.semicolon))
    }

    func writeExtensionRange(_ node: ExtensionRangeNode) {
        writeStart(index(node.keyword))
        space()
        writeRanges(node.ranges)
        if let options = node.options {
            space()
            writeCompactOptions(options)
        }
        writeLineEnd(index(node.semicolon))
    }

    func writeReserved(_ node: ReservedNode) {
        let keyword = index(node.keyword)
        writeStart(keyword)
        space()
        if !node.ranges.isEmpty {
            writeRanges(node.ranges)
        } else {
            for (n, name) in node.names.enumerated() {
                if n > 0 {
                    writeInline(index(name.start) - 1) // ,
                    space()
                }
                let first = index(name.start), last = index(name.end)
                if last > first {
                    writeCompoundStrings(Array(first...last), needsIndent: true, trailingPunctuation: false)
                } else {
                    writeInline(first)
                }
            }
        }
        writeLineEnd(index(node.semicolon))
    }

    /// `1, 5 to 10, 20 to max`.
    func writeRanges(_ ranges: [RangeNode]) {
        for (n, range) in ranges.enumerated() {
            let startFirst = index(range.startFirst), startLast = index(range.startLast)
            if n > 0 {
                writeInline(startFirst - 1) // ,
                space()
            }
            for i in startFirst...startLast { writeInline(i) }
            let last = index(range.last)
            if last > startLast {
                space()
                writeInline(startLast + 1) // to
                space()
                for i in (startLast + 2)...last { writeInline(i) }
            }
        }
    }
}
