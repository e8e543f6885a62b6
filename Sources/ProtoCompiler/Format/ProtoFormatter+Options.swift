/// Options: statements, and `[...]` lists, which stay on one line only when they hold a single
/// option with no comments inside.
extension ProtoFormatter {
    /// An option's value as token indices, read from the option's value tokens.
    func value(from first: Int, through last: Int) -> FormatValue {
        var parser = FormatValueParser(tokens: tokens, from: first, through: last)
        do {
            let v = try parser.value()
            if parser.pos <= last { throw parser.fail("unexpected '\(tokens[parser.pos].text)' after option value") }
            markAngleBrackets(v)
            return v
        } catch let failure as FormatValueParser.Failure {
            if self.failure == nil { self.failure = failure }
            return .token(first)
        } catch {
            return .token(first)
        }
    }

    /// buf writes `<...>` message literals with braces.
    func markAngleBrackets(_ v: FormatValue) {
        switch v {
        case .message(let m):
            if tokens[m.open].isRune("<") {
                replacements[m.open] = "{"
                replacements[m.close] = "}"
            }
            for f in m.fields { markAngleBrackets(f.value) }
        case .list(let l):
            for e in l.elements { markAngleBrackets(e) }
        default:
            break
        }
    }

    /// `option name = value;` in any scope.
    func writeOptionStatement(_ node: OptionNode) {
        writeStart(index(node.start))
        space()
        for i in index(node.nameStart)...index(node.nameEnd) { writeInline(i) }
        space()
        let equals = index(node.nameEnd) + 1
        writeInline(equals)
        let v = value(from: index(node.valueStart), through: index(node.valueEnd))
        if case .strings(let parts) = v {
            writeCompoundStrings(parts, needsIndent: true, trailingPunctuation: true)
        } else {
            space()
            writeValueInline(v)
        }
        writeLineEnd(index(node.end))
    }

    /// One entry of `[...]`: its name's first token, the last name token, `=`, and the value.
    struct CompactEntry {
        var nameFirst: Int
        var nameLast: Int
        var value: FormatValue
    }

    func compactEntries(_ node: CompactOptionsNode) -> [CompactEntry] {
        node.entries.map { entry in
            switch entry {
            case .option(let o):
                let last = index(o.nameEnd)
                return CompactEntry(nameFirst: index(o.nameStart), nameLast: last,
                                    value: value(from: index(o.valueStart), through: index(o.valueEnd)))
            case .defaultValue(let d):
                let k = index(d.keyword)
                return CompactEntry(nameFirst: k, nameLast: k, value: value(from: index(d.valueStart), through: index(d.valueEnd)))
            case .jsonName(let j):
                let k = index(j.keyword)
                return CompactEntry(nameFirst: k, nameLast: k, value: value(from: index(j.valueStart), through: index(j.valueEnd)))
            }
        }
    }

    func writeCompactOptions(_ node: CompactOptionsNode) {
        inCompactOptions = true
        defer { inCompactOptions = false }
        let open = index(node.open), close = index(node.close)
        let entries = compactEntries(node)
        if entries.count == 1 && trailing(open).isEmpty && tokens[entries[0].nameFirst].leading.isEmpty {
            let entry = entries[0]
            writeInline(open)
            inline = true
            writeCompactOptionName(entry)
            inline = false
            space()
            writeInline(entry.nameLast + 1) // =
            if case .strings(let parts) = entry.value {
                writeCompoundStrings(parts, needsIndent: false, trailingPunctuation: true)
                writeInline(close)
                return
            }
            space()
            writeValueInline(entry.value)
            writeInline(close)
            return
        }
        writeValueBody(open: open, close: close, elements: entries.isEmpty ? nil : {
            for (n, entry) in entries.enumerated() {
                self.writeStartRange(first: entry.nameFirst, last: entry.nameLast) {
                    self.writeCompactOptionName(entry)
                }
                self.space()
                self.writeInline(entry.nameLast + 1) // =
                self.space()
                if n == entries.count - 1 {
                    self.writeValueLineEnd(entry.value)
                    return
                }
                if case .strings(let parts) = entry.value {
                    self.writeCompoundStrings(parts, needsIndent: true, trailingPunctuation: false)
                } else {
                    self.writeValueInline(entry.value)
                }
                self.writeLineEnd(entry.value.last + 1) // ,
            }
        })
    }

    /// Inside `[...]` the name's first token is written bare (its leading comments are the
    /// entry's), with its trailing comments in line; the rest of the name in line.
    func writeCompactOptionName(_ entry: CompactEntry) {
        writeTokenText(entry.nameFirst)
        let t = trailing(entry.nameFirst)
        if !t.isEmpty { writeInlineComments(t) }
        if entry.nameLast > entry.nameFirst {
            for i in (entry.nameFirst + 1)...entry.nameLast { writeInline(i) }
        }
    }
}
