extension FileLinker {
    /// Full names and symbols, element by element in protoc's BuildFile order, with the
    /// checks protoc makes while building each element.
    func buildSymbols() {
        let scope = file.package
        for message in file.messages { buildMessage(message, scope: scope) }
        for e in file.enums { buildEnum(e, scope: scope) }
        for service in file.services { buildService(service, scope: scope) }
        for ext in file.extensions { buildField(ext, scope: scope, message: nil) }
    }


    /// protoc's AddSymbol and its "already defined" messages.
    @discardableResult
    func addSymbol(_ fullName: String, _ symbol: Symbol, token: Token?) -> Bool {
        guard let existing = table.add(fullName, symbol) else { return true }
        if existing.file === file {
            if let dot = fullName.lastIndex(of: ".") {
                addError(token, "\"\(fullName[fullName.index(after: dot)...])\" is already defined in \"\(fullName[..<dot])\".")
            } else {
                addError(token, "\"\(fullName)\" is already defined.")
            }
        } else {
            addError(token, "\"\(fullName)\" is already defined in file \"\(existing.file.name)\".")
        }
        return false
    }

    func buildMessage(_ message: MessageDescriptor, scope: String) {
        for oneof in message.oneofs {
            addSymbol(oneof.fullName, .oneof(oneof, file), token: oneof.node?.nameToken)
        }
        for field in message.fields {
            buildField(field, scope: message.fullName, message: message)
        }
        for e in message.enums { buildEnum(e, scope: message.fullName) }
        for range in message.extensionRanges {
            if range.start <= 0 {
                numberHints.request(message, reason: range.node.startFirst, count: Int64(range.end) - Int64(range.start))
                addError(range.node.startFirst, "Extension numbers must be positive integers.")
            }
            if range.start >= range.end {
                addError(range.node.startFirst, "Extension range end number must be greater than start number.")
            }
        }
        for ext in message.extensions { buildField(ext, scope: message.fullName, message: message) }
        for range in message.reservedRanges {
            if range.start <= 0 {
                numberHints.request(message, reason: range.node.startFirst, count: Int64(range.end) - Int64(range.start))
                addError(range.node.startFirst, "Reserved numbers must be positive integers.")
            }
            if range.start >= range.end {
                addError(range.node.startFirst, "Reserved range end number must be greater than start number.")
            }
        }
        recursionDepth -= 1
        defer { recursionDepth += 1 }
        if recursionDepth <= 0 && !message.nested.isEmpty {
            addError(nil, "Reached maximum recursion limit for nested messages.")
            message.nested = []
        } else {
            for nested in message.nested { buildMessage(nested, scope: message.fullName) }
        }
        addSymbol(message.fullName, .message(message), token: message.nameToken)
        checkMessageNumbers(message)
    }

    func buildField(_ field: FieldDescriptor, scope: String, message: MessageDescriptor?) {
        let node = field.node
        if field.isExtension, field.explicitJsonName != nil, let node, let options = node.options {
            for case .jsonName(let j) in options.entries {
                addError(j.keyword, "option json_name is not allowed on extension fields.")
            }
        }
        if field.number <= 0 {
            numberHints.request(message, reason: node?.numberToken)
            addError(node?.numberToken, "Field numbers must be positive integers.")
        } else if !field.isExtension && field.number > FieldNumbers.maxNumber {
            numberHints.request(message, reason: node?.numberToken)
            addError(node?.numberToken, "Field numbers cannot be greater than \(FieldNumbers.maxNumber).")
        } else if field.number >= FieldNumbers.firstReserved && field.number <= FieldNumbers.lastReserved {
            // protoc reports this one without a place.
            addError(nil, "Field numbers \(FieldNumbers.firstReserved) through \(FieldNumbers.lastReserved) are reserved for the protocol buffer library implementation.")
        }
        if let type = field.type, field.defaultValue != nil {
            checkScalarDefault(field, type: type)
        }
        if field.defaultValue != nil && field.isRepeated {
            addError(defaultToken(field), "Repeated fields can't have default values.")
        }
        addSymbol(field.fullName, .field(field), token: node?.nameToken)
    }

    /// The checks protoc makes when it reads a scalar default back (the parser already
    /// normalized numbers, so only a message or group type can be wrong here).
    func checkScalarDefault(_ field: FieldDescriptor, type: Int32) {
        if type == 10 || type == 11 {
            addError(defaultToken(field), "Messages can't have default values.")
            field.defaultValue = nil
        }
    }

    func defaultToken(_ field: FieldDescriptor) -> Token? {
        guard let options = field.node?.options else { return nil }
        for case .defaultValue(let d) in options.entries { return d.valueStart }
        return nil
    }

    func buildEnum(_ e: EnumDescriptor, scope: String) {
        if e.values.isEmpty {
            addError(e.node.nameToken, "Enums must contain at least one value.")
        }
        var inner = Set<String>()
        for value in e.values {
            let addedOuter = addSymbol(value.fullName, .enumValue(value), token: value.node.nameToken)
            let addedInner = inner.insert(value.name).inserted
            if addedInner && !addedOuter {
                let outer = scope.isEmpty ? "the global scope" : "\"\(scope)\""
                addError(value.node.nameToken, "Note that enum values use C++ scoping rules, meaning that enum values are siblings of their type, not children of it.  Therefore, \"\(value.name)\" must be unique within \(outer), not just within \"\(e.name)\".")
            }
        }
        for range in e.reservedRanges where range.start > range.end {
            addError(range.node.startFirst, "Reserved range end number must be greater than start number.")
        }
        addSymbol(e.fullName, .enumType(e), token: e.node.nameToken)
        checkEnumNumbers(e)
    }

    func buildService(_ service: ServiceDescriptor, scope: String) {
        for method in service.methods {
            addSymbol(method.fullName, .method(method, file), token: method.node.nameToken)
        }
        addSymbol(service.fullName, .service(service), token: service.node.nameToken)
    }
}
