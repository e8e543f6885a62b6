extension Parser {
    mutating func parseFile() {
        if current.kind == .start {
            var block = CommentBlock()
            _ = lexer.nextWithComments(&block)
            upcomingDetachedComments = block.detached
            upcomingDocComments = block.leading
        }
        file.firstToken = current
        defer { file.lastToken = previous }

        if at("syntax") || at("edition") {
            if !parseSyntaxIdentifier() { return }
        } else {
            syntax = "proto2"
            edition = Editions.proto2
        }

        while !atEnd {
            if !parseTopLevelStatement() {
                skipStatement()
                if at("}") {
                    addError("Unmatched \"}\".")
                    var block = CommentBlock()
                    _ = lexer.nextWithComments(&block)
                    upcomingDetachedComments = block.detached
                    upcomingDocComments = block.leading
                }
            }
        }
    }

    mutating func parseSyntaxIdentifier() -> Bool {
        let keyword = current
        var isEdition = false
        if tryConsume("edition") {
            isEdition = true
        } else if !consume("syntax", "File must begin with an edition or syntax statement, e.g. 'edition = \"2023\";'.") {
            return false
        }
        guard consume("=") else { return false }
        let valueToken = current
        guard let valueBytes = consumeString("Expected syntax identifier.") else { return false }
        let value = String(decoding: valueBytes, as: UTF8.self)
        let node = SyntaxNode(keyword: keyword, valueToken: valueToken, value: value, isEdition: isEdition)
        file.syntax = node
        guard let comments = consumeEndOfDeclaration(";", attach: true) else { return false }
        node.semicolon = previous
        node.comments = comments

        if isEdition {
            guard let number = Editions.number(named: value),
                  number != Editions.proto2, number != Editions.proto3, number != 0 else {
                addError(at: valueToken, "Unknown edition \"\(value)\".")
                return false
            }
            syntax = "editions"
            edition = number
            return true
        }
        syntax = value
        if value == "proto2" {
            edition = Editions.proto2
        } else if value == "proto3" {
            edition = Editions.proto3
        } else {
            addError(at: valueToken, "Unrecognized syntax identifier \"\(value)\".  This parser only recognizes \"proto2\" and \"proto3\".")
            return false
        }
        return true
    }

    mutating func parseTopLevelStatement() -> Bool {
        if tryConsumeEndOfDeclaration(";", attach: false) != nil { return true }

        var visibility: Token?
        if at("export") || at("local") {
            guard parseVisibility(&visibility) else { return false }
        }

        if at("message") {
            recursionDepth = Parser.maxMessageNesting
            let node = MessageNode(keyword: current, visibility: visibility)
            file.elements.append(.message(node))
            return parseMessageDefinition(node)
        } else if at("enum") {
            let node = EnumNode(keyword: current, visibility: visibility)
            file.elements.append(.enumDecl(node))
            return parseEnumDefinition(node)
        } else if at("service") {
            let node = ServiceNode(keyword: current)
            file.elements.append(.service(node))
            return parseServiceDefinition(node)
        } else if at("extend") {
            let node = ExtendNode(keyword: current)
            file.elements.append(.extend(node))
            return parseExtend(node)
        } else if at("import") {
            return parseImport()
        } else if at("package") {
            return parsePackage()
        } else if at("option") {
            let node = OptionNode(start: current, isStatement: true)
            file.elements.append(.option(node))
            return parseOption(node)
        }
        if file.syntax == nil && file.elements.isEmpty {
            // Nothing so far looked like protobuf: one error instead of one per line of text.
            addError("Expected top-level statement (e.g. \"message\"). The file does not begin like a .proto file, so the rest of it is not read.")
            lexer.stop()
            return false
        }
        addError("Expected top-level statement (e.g. \"message\").")
        return false
    }

    /// `export` / `local` before a message or enum, from edition 2024; earlier they are left
    /// for the statement parser (where they read as type names).
    mutating func parseVisibility(_ out: inout Token?) -> Bool {
        if edition <= Editions.edition2023 { return true }
        let token = current
        if tryConsume("export") || tryConsume("local") {
            out = token
        }
        if out != nil && !at("message") && !at("enum") {
            addError("'local' and 'export' visibility modifiers are valid only on 'message' and 'enum'")
            return false
        }
        return true
    }

    mutating func parsePackage() -> Bool {
        let alreadySet = file.elements.contains { if case .package = $0 { return true } else { return false } }
        if alreadySet {
            addError("Multiple package definitions.")
        }
        let node = PackageNode(keyword: current)
        file.elements.append(.package(node))
        guard consume("package") else { return false }
        node.nameStart = current
        var name = ""
        while true {
            guard let identifier = consumeIdentifier("Expected identifier.") else { return false }
            name += identifier
            if !tryConsume(".") { break }
            name += "."
        }
        node.name = name
        node.nameEnd = previous
        guard let comments = consumeEndOfDeclaration(";", attach: true) else { return false }
        node.semicolon = previous
        node.comments = comments
        return true
    }

    mutating func parseImport() -> Bool {
        let node = ImportNode(keyword: current)
        guard consume("import") else { return false }
        let hasOptionImports = file.elements.contains {
            if case .importDecl(let i) = $0, i.kind == .option { return true } else { return false }
        }
        if at("option") {
            if edition < Editions.edition2024 {
                addError("option import is not supported before edition 2024.")
            }
            node.kind = .option
            node.modifier = current
            file.elements.append(.importDecl(node))
            _ = consume("option")
            node.pathToken = current
            guard let path = consumeString("Expected a string naming the file to import.") else { return false }
            node.path = String(decoding: path, as: UTF8.self)
            guard let comments = consumeEndOfDeclaration(";", attach: true) else { return false }
            node.semicolon = previous
            node.comments = comments
            return true
        }
        file.elements.append(.importDecl(node))
        if hasOptionImports {
            addError("imports should precede any option imports to ensure proto files can roundtrip.")
        }
        if at("public") {
            node.kind = .publicImport
            node.modifier = current
            next()
        } else if at("weak") {
            if edition >= Editions.edition2024 {
                addError("weak import is not supported in edition 2024 and above. Consider using option import instead.")
            }
            node.kind = .weak
            node.modifier = current
            next()
        }
        node.pathToken = current
        guard let path = consumeString("Expected a string naming the file to import.") else { return false }
        node.path = String(decoding: path, as: UTF8.self)
        guard let comments = consumeEndOfDeclaration(";", attach: true) else { return false }
        node.semicolon = previous
        node.comments = comments
        return true
    }
}
