/// Declarations with a body: messages, enums, services, extends, oneofs and the body itself.
extension ProtoFormatter {
    func writeMessage(_ node: MessageNode) {
        writeDeclarationStart(visibility: node.visibility, keyword: node.keyword)
        space()
        writeInline(index(node.nameToken))
        space()
        writeMessageBody(node.body)
    }

    func writeMessageBody(_ body: MessageBody) {
        writeTypeBody(open: index(body.open), close: index(body.close), elements: body.elements.isEmpty ? nil : {
            for element in body.elements { self.writeMessageElement(element) }
        })
    }

    func writeMessageElement(_ element: MessageElement) {
        switch element {
        case .field(let f): writeField(f)
        case .oneof(let o): writeOneof(o)
        case .message(let m): writeMessage(m)
        case .enumDecl(let e): writeEnum(e)
        case .extend(let e): writeExtend(e)
        case .extensions(let r): writeExtensionRange(r)
        case .reserved(let r): writeReserved(r)
        case .option(let o): writeOptionStatement(o)
        }
    }

    /// `export`/`local` (edition 2024) start the line when present.
    func writeDeclarationStart(visibility: Token?, keyword: Token) {
        if let visibility {
            writeStart(index(visibility))
            space()
            writeInline(index(keyword))
        } else {
            writeStart(index(keyword))
        }
    }

    func writeEnum(_ node: EnumNode) {
        writeDeclarationStart(visibility: node.visibility, keyword: node.keyword)
        space()
        writeInline(index(node.nameToken))
        space()
        writeTypeBody(open: index(node.open), close: index(node.close), elements: node.elements.isEmpty ? nil : {
            for element in node.elements {
                switch element {
                case .value(let v): self.writeEnumValue(v)
                case .option(let o): self.writeOptionStatement(o)
                case .reserved(let r): self.writeReserved(r)
                }
            }
        })
    }

    func writeService(_ node: ServiceNode) {
        writeStart(index(node.keyword))
        space()
        writeInline(index(node.nameToken))
        space()
        writeTypeBody(open: index(node.open), close: index(node.close), elements: node.elements.isEmpty ? nil : {
            for element in node.elements {
                switch element {
                case .method(let m): self.writeMethod(m)
                case .option(let o): self.writeOptionStatement(o)
                }
            }
        })
    }

    func writeExtend(_ node: ExtendNode) {
        writeStart(index(node.keyword))
        space()
        for i in index(node.extendee.start)...index(node.extendee.end) { writeInline(i) }
        space()
        writeTypeBody(open: index(node.open), close: index(node.close), elements: node.fields.isEmpty ? nil : {
            for field in node.fields { self.writeField(field) }
        })
    }

    func writeOneof(_ node: OneofNode) {
        writeStart(index(node.keyword))
        space()
        writeInline(index(node.nameToken))
        space()
        writeTypeBody(open: index(node.open), close: index(node.close), elements: node.order.isEmpty ? nil : {
            for element in node.order {
                switch element {
                case .field(let f): self.writeField(f)
                case .option(let o): self.writeOptionStatement(o)
                }
            }
        })
    }

    /// `rpc Name(stream In) returns (Out);` or with an options body.
    func writeMethod(_ node: MethodNode) {
        let keyword = index(node.keyword)
        writeStart(keyword)
        space()
        let name = index(node.nameToken)
        writeInline(name)
        var i = name + 1
        writeInline(i) // (
        i += 1
        if node.clientStreaming != nil {
            writeInline(i)
            space()
            i += 1
        }
        let inputEnd = index(node.inputType.end)
        while i <= inputEnd { writeInline(i); i += 1 }
        writeInline(i) // )
        i += 1
        space()
        writeInline(i) // returns
        i += 1
        space()
        writeInline(i) // (
        i += 1
        if node.serverStreaming != nil {
            writeInline(i)
            space()
            i += 1
        }
        let outputEnd = index(node.outputType.end)
        while i <= outputEnd { writeInline(i); i += 1 }
        writeInline(i) // )
        guard let open = node.optionsOpen else {
            writeLineEnd(index(node.end))
            return
        }
        space()
        writeTypeBody(open: index(open), close: index(node.end), elements: node.options.isEmpty ? nil : {
            for option in node.options { self.writeOptionStatement(option) }
        })
    }

    // MARK: bodies

    /// A declaration's body: `{}` when empty, else the elements one level in and `}` on a line
    /// of its own.
    func writeTypeBody(open: Int, close: Int, elements: (() -> Void)?) {
        writeBody(open: open, close: close, elements: elements, openWriter: writeOpenBracePrefix) { close, empty in
            self.writeBodyEnd(close, leadingEndline: empty)
        }
    }

    /// A value's body (compact options, lists, message literals): more may follow the close.
    func writeValueBody(open: Int, close: Int, elements: (() -> Void)?) {
        writeBody(open: open, close: close, elements: elements, openWriter: writeOpenBracePrefix) { close, empty in
            self.writeBodyEndInline(close, leadingInline: empty)
        }
    }

    func writeBody(open: Int, close: Int, elements: (() -> Void)?, openWriter: (Int) -> Void,
                   closeWriter: (Int, Bool) -> Void) {
        if elements == nil && tokens[open].trailing.isEmpty && tokens[close].leading.isEmpty {
            writeInline(open)
            closeWriter(close, true)
            return
        }
        openWriter(open)
        elements?()
        closeWriter(close, false)
    }

    func writeOpenBracePrefix(_ open: Int) {
        let t = tokens[open]
        if !t.leading.isEmpty {
            writeInlineComments(t.leading)
            if !t.leadingWhitespace.isEmpty { space() }
        }
        writeTokenText(open)
        let trailingComments = trailing(open)
        if !trailingComments.isEmpty {
            writeTrailingEndComments(trailingComments)
        } else {
            line()
        }
        setPrevious(open)
    }

    /// A message literal's `{` as a list element: its comments above it.
    func writeOpenBracePrefixForList(_ open: Int) {
        let t = tokens[open]
        if !t.leading.isEmpty { writeMultilineComments(t.leading) }
        writeIndent(closing: false)
        writeTokenText(open)
        let trailingComments = trailing(open)
        if !trailingComments.isEmpty {
            writeTrailingEndComments(trailingComments)
        } else {
            line()
        }
        setPrevious(open)
    }
}
