extension FileLinker {
    /// protoc's ValidateOptions(Descriptor): naming style, json name clashes, extension range
    /// limits and declarations.
    func validateMessage(_ message: MessageDescriptor) {
        checkNamingStyle(message)
        checkJsonNames(message)
        validateExtensionRanges(message)
    }

    func validateExtensionRanges(_ message: MessageDescriptor) {
        let maxExtension: Int64 = message.isMessageSet ? Int64(Int32.max) : Int64(FieldNumbers.maxNumber)
        var declaredNames = Set<String>()
        for range in message.extensionRanges {
            if Int64(range.end) > maxExtension + 1 {
                addError(nil, "Extension numbers cannot be greater than \(maxExtension).")
            }
            let declarations = ExtensionDeclaration.all(in: range)
            guard !declarations.isEmpty else { continue }
            if range.options.varint(3) == 1 {
                addError(range.node.startFirst, "Cannot mark the extension range as UNVERIFIED when it has extension(s) declared.")
                return
            }
            validateDeclarations(declarations, range: range, message: message, names: &declaredNames)
        }
    }

    /// protoc's ValidateExtensionDeclaration.
    private func validateDeclarations(_ declarations: [ExtensionDeclaration], range: ExtensionRangeDescriptor,
                                      message: MessageDescriptor, names: inout Set<String>) {
        var numbers = Set<Int32>()
        let token = range.node.startFirst
        for d in declarations {
            if !numbers.insert(d.number).inserted {
                addError(token, "Extension declaration number \(d.number) is declared multiple times.")
                return
            }
            if d.number < range.start || d.number >= range.end {
                addError(token, "Extension declaration number \(d.number) is not in the extension range.")
                return
            }
            if !d.reserved {
                if d.fullName.isEmpty {
                    addError(token, "Extension declaration #\(d.number) should have both \"full_name\" and \"type\" set.")
                    return
                }
                if d.type.isEmpty {
                    addError(token, "Extension declaration #\(d.number) should have both \"full_name\" and \"type\" set.")
                    return
                }
            }
            if !d.fullName.isEmpty {
                if !d.fullName.hasPrefix(".") || !d.fullName.dropFirst().split(separator: ".", omittingEmptySubsequences: false).allSatisfy({ Literals.isIdentifier($0.utf8) }) {
                    addError(token, "\"\(d.fullName)\" contains invalid identifiers.")
                    return
                }
                if !names.insert(d.fullName).inserted {
                    addError(token, "Extension field name \"\(d.fullName)\" is declared multiple times.")
                    return
                }
            }
        }
    }

    func checkJsonNames(_ message: MessageDescriptor) {
        if message.options.bool(11) { return }
        checkJsonNames(message, useCustom: false)
        checkJsonNames(message, useCustom: true)
    }

    private func checkJsonNames(_ message: MessageDescriptor, useCustom: Bool) {
        struct Details {
            let field: FieldDescriptor
            let name: String
            let isCustom: Bool
        }
        var seen: [String: Details] = [:]
        for field in message.fields {
            let defaultName = FieldNames.jsonName(field.name)
            var details = Details(field: field, name: defaultName, isCustom: false)
            if useCustom, let custom = field.explicitJsonName, custom != defaultName {
                details = Details(field: field, name: custom, isCustom: true)
            }
            if details.isCustom && details.name.hasPrefix("[") && details.name.hasSuffix("]") {
                addError(field.node?.nameToken, "The custom JSON name of field \"\(field.name)\" (\"\(details.name)\") is invalid: JSON names may not start with '[' and end with ']'.")
                continue
            }
            guard let match = seen[details.name] else {
                seen[details.name] = details
                continue
            }
            if useCustom && !details.isCustom && !match.isCustom { continue }
            let involvesDefault = !details.isCustom || !match.isCustom
            if message.features.jsonFormat == 2 && involvesDefault { continue }
            let suffix = details.name != match.name ? " (\"\(match.name)\")" : ""
            addError(field.node?.nameToken, "The \(details.isCustom ? "custom" : "default") JSON name of field \"\(field.name)\" (\"\(details.name)\") conflicts with the \(match.isCustom ? "custom" : "default") JSON name of field \"\(match.field.name)\"\(suffix).")
        }
    }
}
