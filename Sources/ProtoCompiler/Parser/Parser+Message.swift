extension Parser {
    mutating func parseMessageDefinition(_ node: MessageNode) -> Bool {
        recursionDepth -= 1
        defer { recursionDepth += 1 }
        if recursionDepth <= 0 {
            addError("Reached maximum recursion limit for nested messages.")
            return false
        }
        guard consume("message") else { return false }
        node.nameToken = current
        guard let name = consumeIdentifier("Expected message name.") else { return false }
        node.name = name
        return parseMessageBlock(&node.body, comments: &node.comments)
    }

    mutating func parseMessageBlock(_ body: inout MessageBody, comments: inout CommentBlock) -> Bool {
        blockDepth += 1
        defer { blockDepth -= 1 }
        if blockDepth > Parser.maxBlockDepth {
            addError("Reached maximum recursion limit for nested messages.")
            return false
        }
        body.open = current
        guard let attached = consumeEndOfDeclaration("{", attach: true) else { return false }
        comments = attached
        while tryConsumeEndOfDeclaration("}", attach: false) == nil {
            if atEnd {
                addError("Reached end of input in message definition (missing '}').")
                return false
            }
            if !parseMessageStatement(&body) {
                skipStatement()
            }
        }
        body.close = previous
        return validateMessage(body)
    }

    /// protoc rejects `option map_entry = ...;` written by hand, at the option's name.
    mutating func validateMessage(_ body: MessageBody) -> Bool {
        for case .option(let option) in body.elements {
            if let first = option.name.first, !first.isExtension, first.name == "map_entry" {
                addError(at: option.nameStart, "map_entry should not be set explicitly. Use map<KeyType, ValueType> instead.")
                return false
            }
        }
        return true
    }

    mutating func parseMessageStatement(_ body: inout MessageBody) -> Bool {
        if tryConsumeEndOfDeclaration(";", attach: false) != nil { return true }

        var visibility: Token?
        if at("export") || at("local") {
            guard parseVisibility(&visibility) else { return false }
        }

        if at("message") {
            let node = MessageNode(keyword: current, visibility: visibility)
            body.elements.append(.message(node))
            return parseMessageDefinition(node)
        } else if at("enum") {
            let node = EnumNode(keyword: current, visibility: visibility)
            body.elements.append(.enumDecl(node))
            return parseEnumDefinition(node)
        } else if at("extensions") {
            let node = ExtensionRangeNode(keyword: current)
            body.elements.append(.extensions(node))
            return parseExtensions(node)
        } else if at("reserved") {
            let node = ReservedNode(keyword: current)
            body.elements.append(.reserved(node))
            return parseReserved(node, forEnum: false)
        } else if at("extend") {
            let node = ExtendNode(keyword: current)
            body.elements.append(.extend(node))
            return parseExtend(node)
        } else if at("option") {
            let node = OptionNode(start: current, isStatement: true)
            body.elements.append(.option(node))
            return parseOption(node)
        } else if at("oneof") {
            let oneofIndex = body.elements.reduce(0) { n, e in if case .oneof = e { return n + 1 } else { return n } }
            let node = OneofNode(keyword: current)
            body.elements.append(.oneof(node))
            return parseOneof(node, index: oneofIndex, body: &body)
        }
        let field = FieldNode(start: current)
        body.elements.append(.field(field))
        return parseMessageField(field, extendee: false)
    }

    mutating func parseExtensions(_ node: ExtensionRangeNode) -> Bool {
        guard consume("extensions") else { return false }
        repeat {
            let startToken = current
            guard let start = consumeInteger("Expected field number range.") else { return false }
            if start == Int32.max {
                addError("Field number out of bounds.")
                return false
            }
            var end = start
            var isMax = false
            var endFirst = startToken, endLast = startToken
            if tryConsume("to") {
                endFirst = current
                if tryConsume("max") {
                    isMax = true
                } else {
                    guard let e = consumeInteger("Expected integer.") else { return false }
                    if e == Int32.max {
                        addError("Field number out of bounds.")
                        return false
                    }
                    end = e
                }
                endLast = previous
            }
            node.ranges.append(RangeNode(start: start, end: isMax ? -1 : end &+ 1, endIsMax: isMax,
                                         startFirst: startToken, startLast: startToken, endFirst: endFirst, endLast: endLast,
                                         last: previous))
        } while tryConsume(",")

        if at("[") {
            let options = CompactOptionsNode(open: current)
            node.options = options
            _ = consume("[")
            repeat {
                let option = OptionNode(start: current, isStatement: false)
                options.entries.append(.option(option))
                guard parseOption(option) else { return false }
            } while tryConsume(",")
            guard consume("]") else { return false }
            options.close = previous
        }
        guard let comments = consumeEndOfDeclaration(";", attach: true) else { return false }
        node.semicolon = previous
        node.comments = comments
        return true
    }

    mutating func parseReserved(_ node: ReservedNode, forEnum: Bool) -> Bool {
        guard consume("reserved") else { return false }
        if atKind(.string) {
            if syntax == "editions" {
                addError("Reserved names must be identifiers in editions, not string literals.")
                return false
            }
            repeat {
                let start = current
                guard let name = consumeString(forEnum ? "Expected enum value string literal." : "Expected field name string literal.") else { return false }
                node.names.append(ReservedName(name: String(decoding: name, as: UTF8.self), start: start, end: previous))
            } while tryConsume(",")
        } else if atKind(.identifier) {
            if syntax != "editions" {
                addError("Reserved names must be string literals. (Only editions supports identifiers.)")
                return false
            }
            repeat {
                let start = current
                guard let name = consumeIdentifier(forEnum ? "Expected enum value identifier." : "Expected field name identifier.") else { return false }
                node.names.append(ReservedName(name: name, start: start, end: previous))
            } while tryConsume(",")
        } else {
            var first = true
            repeat {
                let startFirst = current
                let start: Int32
                if forEnum {
                    guard let s = consumeSignedInteger(first ? "Expected enum value or number range." : "Expected enum number range.") else { return false }
                    start = s
                } else {
                    guard let s = consumeInteger(first ? "Expected field name or number range." : "Expected field number range.") else { return false }
                    start = s
                }
                let startLast = previous
                var end = start
                var isMax = false
                // Without `to`, protoc's end location is the start's first token alone.
                var endFirst = startFirst, endLast = startFirst
                if tryConsume("to") {
                    endFirst = current
                    if tryConsume("max") {
                        isMax = true
                        end = forEnum ? Int32.max : -2
                    } else if forEnum {
                        guard let e = consumeSignedInteger("Expected integer.") else { return false }
                        end = e
                    } else {
                        guard let e = consumeInteger("Expected integer.") else { return false }
                        end = e
                    }
                    endLast = previous
                }
                if !forEnum { end = end &+ 1 }
                node.ranges.append(RangeNode(start: start, end: end, endIsMax: isMax, startFirst: startFirst,
                                             startLast: startLast, endFirst: endFirst, endLast: endLast, last: previous))
                first = false
            } while tryConsume(",")
        }
        guard let comments = consumeEndOfDeclaration(";", attach: true) else { return false }
        node.semicolon = previous
        node.comments = comments
        return true
    }

    mutating func parseExtend(_ node: ExtendNode) -> Bool {
        guard consume("extend") else { return false }
        node.extendee.start = current
        guard let extendee = parseUserDefinedType() else { return false }
        node.extendee.name = extendee
        node.extendee.end = previous
        node.open = current
        guard let comments = consumeEndOfDeclaration("{", attach: true) else { return false }
        node.comments = comments
        repeat {
            if atEnd {
                addError("Reached end of input in extend definition (missing '}').")
                return false
            }
            let field = FieldNode(start: current)
            node.fields.append(field)
            if !parseMessageField(field, extendee: true) {
                skipStatement()
            }
        } while tryConsumeEndOfDeclaration("}", attach: false) == nil
        node.close = previous
        return true
    }

    mutating func parseOneof(_ node: OneofNode, index: Int, body: inout MessageBody) -> Bool {
        guard consume("oneof") else { return false }
        node.nameToken = current
        guard let name = consumeIdentifier("Expected oneof name.") else { return false }
        node.name = name
        node.open = current
        guard let comments = consumeEndOfDeclaration("{", attach: true) else { return false }
        node.comments = comments
        repeat {
            if atEnd {
                addError("Reached end of input in oneof definition (missing '}').")
                return false
            }
            if at("option") {
                let option = OptionNode(start: current, isStatement: true)
                node.options.append(option)
                node.order.append(.option(option))
                if !parseOption(option) { return false }
                continue
            }
            if at("required") || at("optional") || at("repeated") {
                addError("Fields in oneofs must not have labels (required / optional / repeated).")
                next()
            }
            let field = FieldNode(start: current)
            field.label = .optional
            field.oneofIndex = index
            node.fields.append(field)
            node.order.append(.field(field))
            if !parseMessageFieldNoLabel(field, extendee: false) {
                skipStatement()
            }
        } while tryConsumeEndOfDeclaration("}", attach: false) == nil
        node.close = previous
        return true
    }
}
