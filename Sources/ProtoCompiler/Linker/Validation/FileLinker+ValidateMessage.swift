extension FileLinker {
    /// protoc's ValidateOptions(Descriptor): json name clashes and extension range limits.
    func validateMessage(_ message: MessageDescriptor) {
        checkJsonNames(message)
        let maxExtension: Int64 = message.isMessageSet ? Int64(Int32.max) : Int64(FieldNumbers.maxNumber)
        for range in message.extensionRanges where Int64(range.end) > maxExtension + 1 {
            addError(nil, "Extension numbers cannot be greater than \(maxExtension).")
        }
    }

    func checkJsonNames(_ message: MessageDescriptor) {
        if let v = message.options.value, case .varint(let legacy)? = v.values(of: 11).last, legacy != 0 { return }
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
