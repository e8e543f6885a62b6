/// Option values: adjacent strings one per line, message literals (`{...}`, one field on one
/// line when nothing nests and no comment sits inside), and lists.
extension ProtoFormatter {
    func writeValueInline(_ v: FormatValue) {
        switch v {
        case .token(let i): writeInline(i)
        default: writeValueParts(v)
        }
    }

    func writeValueLineEnd(_ v: FormatValue) {
        switch v {
        case .token(let i):
            writeLineEnd(i)
        default:
            writeValueParts(v)
            if lastWritten != 0x0A { line() }
        }
    }

    /// A value made of several tokens, as buf writes such a node wherever it appears.
    func writeValueParts(_ v: FormatValue) {
        switch v {
        case .token(let i):
            writeInline(i)
        case .signed(let sign, let value):
            writeInline(sign)
            writeInline(value)
        case .strings(let parts):
            writeCompoundStrings(parts, needsIndent: true, trailingPunctuation: false)
        case .message(let m):
            writeMessageLiteral(m)
        case .list(let l):
            writeListLiteral(l)
        }
    }

    /// Adjacent strings on lines of their own after the current line; the last one stays open
    /// for punctuation (`;`, `]`) when `trailingPunctuation`.
    func writeCompoundStrings(_ parts: [Int], needsIndent: Bool, trailingPunctuation: Bool) {
        line()
        if needsIndent { indent += 1 }
        for (n, part) in parts.enumerated() {
            if trailingPunctuation && n == parts.count - 1 {
                writeStart(part)
                break
            }
            writeLineElement(part)
        }
        if needsIndent && indent > 0 { indent -= 1 }
    }

    // MARK: message literals

    func writeMessageLiteral(_ m: FormatMessageLiteral) {
        if writeCompactMessageLiteral(m, inList: false, last: false) { return }
        writeValueBody(open: m.open, close: m.close, elements: m.fields.isEmpty ? nil : { self.writeLiteralFields(m) })
    }

    func writeMessageLiteralInList(_ m: FormatMessageLiteral, last: Bool) {
        if writeCompactMessageLiteral(m, inList: true, last: last) { return }
        writeBody(open: m.open, close: m.close, elements: m.fields.isEmpty ? nil : { self.writeLiteralFields(m) },
                  openWriter: writeOpenBracePrefixForList) { close, empty in
            if last {
                self.writeBodyEnd(close, leadingEndline: empty)
            } else {
                self.writeBodyEndInline(close, leadingInline: empty)
            }
        }
    }

    /// The literal's parts as buf lists them, each by its first and last token: the braces,
    /// each field, each separator.
    func literalChildren(_ m: FormatMessageLiteral) -> [(Int, Int)] {
        var children = [(m.open, m.open)]
        for (n, f) in m.fields.enumerated() {
            children.append((f.nameFirst, f.value.last))
            if let s = m.separators[n] { children.append((s, s)) }
        }
        children.append((m.close, m.close))
        return children
    }

    /// Comments anywhere but before the first part or after the last.
    func hasInteriorComments(_ children: [(Int, Int)]) -> Bool {
        for (n, (first, last)) in children.enumerated() {
            if n > 0 && !tokens[first].leading.isEmpty { return true }
            if n < children.count - 1 && !trailing(last).isEmpty { return true }
        }
        return false
    }

    /// The last element of a list ends its line (the `]` goes below).
    func writeCompactMessageLiteral(_ m: FormatMessageLiteral, inList: Bool, last: Bool) -> Bool {
        guard m.fields.count == 1, !hasInteriorComments(literalChildren(m)),
              !m.fields.contains(where: { $0.value.isMessageOrList }) else { return false }
        if inList { writeIndent(closing: false) }
        writeInline(m.open)
        let field = m.fields[0]
        for i in field.nameFirst...field.nameLast { writeInline(i) }
        if let colon = field.colon {
            writeInline(colon)
        } else {
            write(":")
        }
        space()
        moveSeparatorComments(m, 0)
        writeValueInline(field.value)
        if inList && last {
            writeLineEnd(m.close)
        } else {
            writeInline(m.close)
        }
        return true
    }

    /// A dropped `,`/`;` hands its trailing comments to a one-token value without any.
    func moveSeparatorComments(_ m: FormatMessageLiteral, _ n: Int) {
        guard let s = m.separators[n], case .token(let v) = m.fields[n].value else { return }
        let moved = trailing(s)
        if !moved.isEmpty && trailing(v).isEmpty { trailingOverride[v] = moved }
    }

    func writeLiteralFields(_ m: FormatMessageLiteral) {
        for (n, field) in m.fields.enumerated() {
            moveSeparatorComments(m, n)
            writeLiteralField(field)
        }
    }

    /// `name: value` on its own line; the `:` is always written.
    func writeLiteralField(_ field: FormatLiteralField) {
        writeStart(field.nameFirst)
        if field.nameLast > field.nameFirst {
            for i in (field.nameFirst + 1)...field.nameLast { writeInline(i) }
        }
        if let colon = field.colon {
            writeInline(colon)
        } else {
            write(":")
        }
        space()
        if case .strings(let parts) = field.value {
            writeCompoundStrings(parts, needsIndent: true, trailingPunctuation: false)
            return
        }
        writeValueLineEnd(field.value)
    }

    // MARK: lists

    func listChildren(_ l: FormatListLiteral) -> [(Int, Int)] {
        var children = [(l.open, l.open)]
        for (n, e) in l.elements.enumerated() {
            children.append((e.first, e.last))
            if n < l.commas.count { children.append((l.commas[n], l.commas[n])) }
        }
        children.append((l.close, l.close))
        return children
    }

    func writeListLiteral(_ l: FormatListLiteral) {
        if l.elements.count == 1 && !hasInteriorComments(listChildren(l)) && !l.elements[0].isMessageOrList {
            writeInline(l.open)
            writeValueInline(l.elements[0])
            writeInline(l.close)
            return
        }
        writeValueBody(open: l.open, close: l.close, elements: l.elements.isEmpty ? nil : {
            for (n, element) in l.elements.enumerated() {
                let last = n == l.elements.count - 1
                switch element {
                case .token(let i):
                    if last {
                        self.writeLineElement(i)
                        return
                    }
                    self.writeStart(i)
                    self.writeLineEnd(l.commas[n])
                case .strings(let parts):
                    for (k, part) in parts.enumerated() {
                        if !last && k == parts.count - 1 {
                            self.writeStart(part)
                            break
                        }
                        self.writeLineElement(part)
                    }
                    if !last { self.writeLineEnd(l.commas[n]) }
                case .signed(let sign, let value):
                    self.writeStart(sign)
                    if last {
                        self.writeLineEnd(value)
                    } else {
                        self.writeInline(value)
                        self.writeLineEnd(l.commas[n])
                    }
                case .message(let m):
                    self.writeMessageLiteralInList(m, last: last)
                    if !last { self.writeLineEnd(l.commas[n]) }
                case .list(let inner):
                    // Text format has no lists of lists; written in line like any value.
                    self.writeListLiteral(inner)
                    if !last { self.writeLineEnd(l.commas[n]) }
                }
            }
        })
    }
}
