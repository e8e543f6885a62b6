extension FieldDescriptor {
    var isMessageTyped: Bool { type == 10 || type == 11 }

    /// The type protoc's descriptor reports: a message field delimited by features is a group.
    var effectiveType: Int32? {
        if type == 11 && features.messageEncoding == 2 && !(messageType?.isMapEntry ?? false) { return 10 }
        return type
    }

    /// Scalars other than strings and bytes can be packed.
    var isPackable: Bool {
        guard isRepeated, let type else { return false }
        return type != 9 && type != 12 && type != 10 && type != 11
    }

    var isPackedForSerialization: Bool { isPackable && features.repeatedFieldEncoding == 1 }

    /// protoc's has_presence() negated, for singular fields.
    var hasImplicitPresence: Bool {
        if isRepeated || isExtension || isMessageTyped || oneofIndex != nil { return false }
        return features.fieldPresence == 2
    }

    /// True when text format rejects unknown enum numbers for this field.
    var isClosedEnum: Bool {
        guard type == 14 else { return false }
        return features.cppLegacyClosedEnum || (enumType?.features.enumType ?? 2) == 2
    }

    /// protoc's IsGroupLike: a group in the text format sense (named by its type).
    var isGroupLike: Bool {
        guard effectiveType == 10, let m = messageType else { return false }
        guard name == FieldNames.asciiLowercased(m.name), m.file === file else { return false }
        return isExtension ? m.parent === extensionScope : m.parent === containingMessage
    }
}

extension MessageDescriptor {
    /// True when `message_set_wire_format = true` was interpreted for this message.
    var isMessageSet: Bool {
        guard let value = options.value, case .varint(let v)? = value.values(of: 1).last else { return false }
        return v != 0
    }
}
