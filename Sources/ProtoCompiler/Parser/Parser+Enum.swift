extension Parser {
    mutating func parseEnumDefinition(_ node: EnumNode) -> Bool {
        guard consume("enum") else { return false }
        node.nameToken = current
        guard let name = consumeIdentifier("Expected enum name.") else { return false }
        node.name = name
        node.open = current
        guard let comments = consumeEndOfDeclaration("{", attach: true) else { return false }
        node.comments = comments
        while tryConsumeEndOfDeclaration("}", attach: false) == nil {
            if atEnd {
                addError("Reached end of input in enum definition (missing '}').")
                return false
            }
            if !parseEnumStatement(node) {
                skipStatement()
            }
        }
        node.close = previous
        return validateEnum(node)
    }

    /// protoc's ValidateEnum: `allow_alias = false` is pointless, `allow_alias = true` needs aliases.
    mutating func validateEnum(_ node: EnumNode) -> Bool {
        var hasAllowAlias = false
        var allowAlias = false
        for case .option(let option) in node.elements where option.name.count <= 1 {
            if let first = option.name.first, !first.isExtension, first.name == "allow_alias" {
                hasAllowAlias = true
                if case .identifier("true") = option.value { allowAlias = true }
                break
            }
        }
        if hasAllowAlias && !allowAlias {
            addError("\"\(node.name)\" declares 'option allow_alias = false;' which has no effect. Please remove the declaration.")
            return false
        }
        var used = Set<Int32>()
        var hasDuplicates = false
        for case .value(let value) in node.elements where !used.insert(value.number).inserted {
            hasDuplicates = true
            break
        }
        if allowAlias && !hasDuplicates {
            addError("\"\(node.name)\" declares support for enum aliases but no enum values share field numbers. Please remove the unnecessary 'option allow_alias = true;' declaration.")
            return false
        }
        return true
    }

    mutating func parseEnumStatement(_ node: EnumNode) -> Bool {
        if tryConsumeEndOfDeclaration(";", attach: false) != nil { return true }
        if at("option") {
            let option = OptionNode(start: current, isStatement: true)
            node.elements.append(.option(option))
            return parseOption(option)
        } else if at("reserved") {
            let reserved = ReservedNode(keyword: current)
            node.elements.append(.reserved(reserved))
            return parseReserved(reserved, forEnum: true)
        }
        let value = EnumValueNode(nameToken: current)
        node.elements.append(.value(value))
        guard let name = consumeIdentifier("Expected enum constant name.") else { return false }
        value.name = name
        guard consume("=", "Missing numeric value for enum constant.") else { return false }
        value.numberStart = current
        guard let number = consumeSignedInteger("Expected integer.") else { return false }
        value.number = number
        value.numberEnd = previous
        if at("[") {
            let options = CompactOptionsNode(open: current)
            value.options = options
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
        value.comments = comments
        value.semicolon = previous
        return true
    }
}
