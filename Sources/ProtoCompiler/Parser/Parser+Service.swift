extension Parser {
    mutating func parseServiceDefinition(_ node: ServiceNode) -> Bool {
        guard consume("service") else { return false }
        node.nameToken = current
        guard let name = consumeIdentifier("Expected service name.") else { return false }
        node.name = name
        node.open = current
        guard let comments = consumeEndOfDeclaration("{", attach: true) else { return false }
        node.comments = comments
        while tryConsumeEndOfDeclaration("}", attach: false) == nil {
            if atEnd {
                addError("Reached end of input in service definition (missing '}').")
                return false
            }
            if !parseServiceStatement(node) {
                skipStatement()
            }
        }
        node.close = previous
        return true
    }

    mutating func parseServiceStatement(_ node: ServiceNode) -> Bool {
        if tryConsumeEndOfDeclaration(";", attach: false) != nil { return true }
        if at("option") {
            let option = OptionNode(start: current, isStatement: true)
            node.elements.append(.option(option))
            return parseOption(option)
        }
        let method = MethodNode(keyword: current)
        node.elements.append(.method(method))
        return parseServiceMethod(method)
    }

    mutating func parseServiceMethod(_ node: MethodNode) -> Bool {
        guard consume("rpc") else { return false }
        node.nameToken = current
        guard let name = consumeIdentifier("Expected method name.") else { return false }
        node.name = name
        guard consume("(") else { return false }
        if at("stream") {
            node.clientStreaming = current
            next()
        }
        node.inputType.start = current
        guard let input = parseUserDefinedType() else { return false }
        node.inputType.name = input
        node.inputType.end = previous
        guard consume(")"), consume("returns"), consume("(") else { return false }
        if at("stream") {
            node.serverStreaming = current
            next()
        }
        node.outputType.start = current
        guard let output = parseUserDefinedType() else { return false }
        node.outputType.name = output
        node.outputType.end = previous
        guard consume(")") else { return false }

        if at("{") {
            node.optionsOpen = current
            if let comments = consumeEndOfDeclaration("{", attach: true) {
                node.comments = comments
            }
            while tryConsumeEndOfDeclaration("}", attach: false) == nil {
                if atEnd {
                    addError("Reached end of input in method options (missing '}').")
                    return false
                }
                if tryConsumeEndOfDeclaration(";", attach: false) != nil {
                    continue
                }
                let option = OptionNode(start: current, isStatement: true)
                node.options.append(option)
                if !parseOption(option) {
                    skipStatement()
                }
            }
        } else {
            guard let comments = consumeEndOfDeclaration(";", attach: true) else { return false }
            node.comments = comments
        }
        node.end = previous
        return true
    }
}
