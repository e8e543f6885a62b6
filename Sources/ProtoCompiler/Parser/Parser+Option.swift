extension Parser {
    /// protoc's ParseOption: the option is stored uninterpreted (name parts and one value),
    /// for the Options phase to interpret against the options message and its extensions.
    mutating func parseOption(_ node: OptionNode) -> Bool {
        if node.isStatement {
            guard consume("option") else { return false }
        }
        guard parseOptionNamePart(node) else { return false }
        while at(".") {
            _ = consume(".")
            guard parseOptionNamePart(node) else { return false }
        }
        guard consume("=") else { return false }

        node.valueStart = current
        let negative = tryConsume("-")
        switch current.kind {
        case .start, .end:
            addError("Unexpected end of stream while parsing option value.")
            return false
        case .identifier:
            let value = text(current)
            next()
            if negative {
                if value == "inf" {
                    node.value = .double(-.infinity)
                } else if value == "nan" {
                    node.value = .double(.nan)
                } else {
                    addError("Identifier after '-' symbol must be inf or nan.")
                    return false
                }
            } else {
                node.value = .identifier(value)
            }
        case .integer, .float:
            if current.kind == .integer {
                let maxValue = negative ? UInt64(Int64.max) + 1 : UInt64.max
                if let v = Literals.parseInteger(bytes(current), max: maxValue) {
                    next()
                    node.value = negative ? .negativeInt(Int64(truncatingIfNeeded: 0 &- v)) : .positiveInt(v)
                    break
                }
            }
            guard let v = consumeNumber("Expected number.") else { return false }
            node.value = .double(negative ? -v : v)
        case .string:
            if negative {
                addError("Invalid '-' symbol before string.")
                return false
            }
            guard let s = consumeString("Expected string.") else { return false }
            node.value = .string(s)
        case .symbol:
            guard at("{") else {
                addError("Expected option value.")
                return false
            }
            guard parseUninterpretedBlock(node) else { return false }
        }
        node.valueEnd = previous
        if node.isStatement {
            guard let comments = consumeEndOfDeclaration(";", attach: true) else { return false }
            node.comments = comments
        }
        node.end = previous
        return true
    }

    mutating func parseOptionNamePart(_ node: OptionNode) -> Bool {
        let start = current
        if at("(") {
            _ = consume("(")
            var name = ""
            if atKind(.identifier) {
                guard let identifier = consumeIdentifier("Expected identifier.") else { return false }
                name += identifier
            }
            while at(".") {
                _ = consume(".")
                name += "."
                guard let identifier = consumeIdentifier("Expected identifier.") else { return false }
                name += identifier
            }
            guard consume(")") else { return false }
            node.name.append(OptionNamePart(name: name, isExtension: true, start: start, end: previous))
        } else {
            guard let identifier = consumeIdentifier("Expected identifier.") else { return false }
            node.name.append(OptionNamePart(name: identifier, isExtension: false, start: start, end: previous))
        }
        return true
    }

    /// The braces of an aggregate value are matched but their content is not parsed here; as
    /// protoc does, the tokens are kept (and joined with spaces) for the Options phase.
    mutating func parseUninterpretedBlock(_ node: OptionNode) -> Bool {
        guard consume("{") else { return false }
        var depth = 1
        var joined: [UInt8] = []
        while !atEnd {
            if at("{") {
                depth += 1
            } else if at("}") {
                depth -= 1
                if depth == 0 {
                    next()
                    node.value = .aggregate(String(decoding: joined, as: UTF8.self))
                    return true
                }
            }
            if !joined.isEmpty { joined.append(0x20) }
            joined.append(contentsOf: bytes(current))
            node.aggregateTokens.append(TextToken(token: current, text: text(current)))
            next()
        }
        addError("Unexpected end of stream while parsing aggregate value.")
        return false
    }
}
