extension FileLinker {
    /// Options messages a proto3 file may extend (custom options, nothing else).
    static let proto3Extendees: Set<String> = {
        let names = ["FileOptions", "MessageOptions", "FieldOptions", "EnumOptions", "EnumValueOptions",
                     "ServiceOptions", "MethodOptions", "OneofOptions", "ExtensionRangeOptions"]
        return Set(names.map { "google.protobuf." + $0 } + names.map { "proto2." + $0 })
    }()

    /// protoc's ValidateProto3: no extension ranges, extensions only of options, no required,
    /// defaults, groups, closed enums or MessageSets.
    func validateProto3() {
        for ext in file.extensions { validateProto3Field(ext) }
        for message in file.messages { validateProto3Message(message) }
    }

    private func validateProto3Message(_ message: MessageDescriptor) {
        for nested in message.nested { validateProto3Message(nested) }
        for field in message.fields { validateProto3Field(field) }
        for ext in message.extensions { validateProto3Field(ext) }
        if let range = message.extensionRanges.first {
            addError(range.node.startFirst, "Extension ranges are not allowed in proto3.")
        }
        if message.isMessageSet {
            addError(message.nameToken, "MessageSet is not supported in proto3.")
        }
    }

    private func validateProto3Field(_ field: FieldDescriptor) {
        let node = field.node
        if field.isExtension, let target = field.extendeeType, !FileLinker.proto3Extendees.contains(target.fullName) {
            addError(field.extendeeToken, "Extensions in proto3 are only allowed for defining options.")
        }
        if field.label == 2 {
            addError(node?.type.start, "Required fields are not allowed in proto3.")
        }
        if field.defaultValue != nil {
            addError(defaultToken(field), "Explicit default values are not allowed in proto3.")
        }
        if field.type == 14, let e = field.enumType, e.features.enumType == 2 {
            addError(node?.type.start, "Enum type \"\(e.fullName)\" is not an open enum, but is used in \"\(field.containingMessage?.fullName ?? "")\" which is a proto3 message type.")
        }
        if field.type == 10 {
            addError(node?.type.start, "Groups are not supported in proto3 syntax.")
        }
    }
}
