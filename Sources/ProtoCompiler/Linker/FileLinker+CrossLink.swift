extension FileLinker {
    /// protoc's CrossLinkFile: messages (nested first, then enums, fields, extensions), file
    /// extensions, enums, services.
    func crossLink() {
        var numbers = Set<NumberKey>()
        for message in file.messages { crossLinkMessage(message, &numbers) }
        for ext in file.extensions { crossLinkField(ext, &numbers) }
        for service in file.services { crossLinkService(service) }
    }

    struct NumberKey: Hashable {
        var container: ObjectIdentifier
        var number: Int32
    }

    func crossLinkMessage(_ message: MessageDescriptor, _ numbers: inout Set<NumberKey>) {
        for nested in message.nested { crossLinkMessage(nested, &numbers) }
        for field in message.fields { crossLinkField(field, &numbers) }
        for ext in message.extensions { crossLinkField(ext, &numbers) }

        var counts = [Int](repeating: 0, count: message.oneofs.count)
        for (i, field) in message.fields.enumerated() {
            guard let index = field.oneofIndex, index < message.oneofs.count else { continue }
            if counts[index] > 0 && message.fields[i - 1].oneofIndex != index {
                let previous = message.fields[i - 1]
                addError(previous.node?.type.start, "Fields in the same oneof must be defined consecutively. \"\(previous.name)\" cannot be defined before the completion of the \"\(message.oneofs[index].name)\" oneof definition.")
            }
            counts[index] += 1
        }
        for (i, oneof) in message.oneofs.enumerated() where counts[i] == 0 {
            addError(oneof.node?.nameToken, "Oneof must have at least one field.")
        }
    }

    func crossLinkField(_ field: FieldDescriptor, _ numbers: inout Set<NumberKey>) {
        let node = field.node
        if let extendee = field.extendee {
            let token = field.extendeeToken
            guard let symbol = lookupSymbol(extendee, relativeTo: field.fullName) else {
                addNotDefinedError(token, extendee)
                return
            }
            guard case .message(let target) = symbol else {
                addError(token, "\"\(extendee)\" is not a message type.")
                return
            }
            field.extendeeType = target
            field.containingMessage = target
            if !target.extensionRanges.contains(where: { $0.start <= field.number && field.number < $0.end }) {
                addError(node?.numberToken, "\"\(target.fullName)\" does not declare \(field.number) as an extension number.")
            }
        }

        if let typeName = field.typeName {
            let typeToken = node?.type.start
            guard let symbol = lookupSymbol(typeName, relativeTo: field.fullName, mode: .types) else {
                addNotDefinedError(typeToken, typeName)
                return
            }
            if field.type == nil {
                switch symbol {
                case .message: field.type = 11
                case .enumType: field.type = 14
                default:
                    addError(typeToken, "\"\(typeName)\" is not a type.")
                    return
                }
            }
            if field.type == 10 || field.type == 11 {
                guard case .message(let m) = symbol else {
                    addError(typeToken, "\"\(typeName)\" is not a message type.")
                    return
                }
                field.messageType = m
                if field.defaultValue != nil {
                    addError(defaultToken(field), "Messages can't have default values.")
                }
            } else if field.type == 14 {
                guard case .enumType(let e) = symbol else {
                    addError(typeToken, "\"\(typeName)\" is not an enum type.")
                    return
                }
                field.enumType = e
                if let value = field.defaultValue {
                    let text = String(decoding: value, as: UTF8.self)
                    if !Literals.isIdentifier(value) {
                        addError(defaultToken(field), "Default value for an enum field must be an identifier.")
                    } else if case .enumValue(let v)? = lookupSymbol(text, relativeTo: e.fullName), v.enumType === e {
                        // found
                    } else {
                        addError(defaultToken(field), "Enum type \"\(e.fullName)\" has no value named \"\(text)\".")
                    }
                }
            } else {
                addError(typeToken, "Field with primitive type has type_name.")
            }
        }

        let container = field.containingMessage.map { ObjectIdentifier($0) } ?? ObjectIdentifier(file)
        if !numbers.insert(NumberKey(container: container, number: field.number)).inserted {
            let containerName = field.containingMessage?.fullName ?? "unknown"
            let other = (field.isExtension ? allExtensions() : field.containingMessage?.fields ?? [])
                .first { $0 !== field && $0.number == field.number && $0.containingMessage === field.containingMessage }
            if field.isExtension {
                addError(node?.numberToken, "Extension number \(field.number) has already been used in \"\(containerName)\" by extension \"\(other?.fullName ?? "")\".")
            } else {
                let next = field.containingMessage.flatMap { FieldNumberHints.free($0, count: 1).first }
                let hint = next.map { " Next available field number is \($0)." } ?? ""
                addError(node?.numberToken, "Field number \(field.number) has already been used in \"\(containerName)\" by field \"\(other?.name ?? "")\".\(hint)")
            }
        } else if field.isExtension, let target = field.extendeeType {
            _ = table.addExtension(field, extendee: target.fullName)
        }
    }

    /// Every extension declared in this file, in declaration order.
    func allExtensions() -> [FieldDescriptor] {
        var out = file.extensions
        func walk(_ m: MessageDescriptor) {
            out += m.extensions
            m.nested.forEach(walk)
        }
        file.messages.forEach(walk)
        return out
    }

    func crossLinkService(_ service: ServiceDescriptor) {
        for method in service.methods {
            let node = method.node
            if let symbol = lookupSymbol(method.inputTypeName, relativeTo: method.fullName) {
                if case .message(let m) = symbol {
                    method.inputType = m
                } else {
                    addError(node.inputType.start, "\"\(method.inputTypeName)\" is not a message type.")
                }
            } else {
                addNotDefinedError(node.inputType.start, method.inputTypeName)
            }
            if let symbol = lookupSymbol(method.outputTypeName, relativeTo: method.fullName) {
                if case .message(let m) = symbol {
                    method.outputType = m
                } else {
                    addError(node.outputType.start, "\"\(method.outputTypeName)\" is not a message type.")
                }
            } else {
                addNotDefinedError(node.outputType.start, method.outputTypeName)
            }
        }
    }
}
