extension FileLinker {
    /// protoc's ValidateOptions(FieldDescriptor): features, lazy and packed, MessageSet and lite
    /// rules, map entries, jstype, json_name, extension declarations, naming style.
    func validateField(_ field: FieldDescriptor) {
        validateFieldFeatures(field)
        let node = field.node
        let typeToken = node?.type.start
        if field.options.bool(5) || field.options.bool(15) {
            if field.effectiveType != 11 {
                addError(typeToken, "[lazy = true] can only be specified for submessage fields.")
            }
        }
        if field.options.bool(2) && !field.isPackable {
            addError(typeToken, "[packed = true] can only be specified for repeated primitive fields.")
        }
        if let container = field.containingMessage, container.isMessageSet {
            if field.isExtension {
                if field.label != 1 || field.effectiveType != 11 {
                    addError(typeToken, "Extensions of MessageSets must be optional messages.")
                }
            } else {
                addError(node?.nameToken, "MessageSets cannot have fields, only extensions.")
            }
        }
        if FileLinker.isLite(file), field.isExtension, let target = field.extendeeType, !FileLinker.isLite(target.file) {
            addError(field.extendeeToken, "Extensions to non-lite types can only be declared in non-lite files.  Note that you cannot extend a non-lite type to contain a lite type, but the reverse is allowed.")
        }
        if let entry = field.messageType, entry.isMapEntry, field.node?.type.map != nil {
            validateMapEntry(field, entry)
        }
        validateJSType(field)
        if field.jsonName.utf8.contains(0) {
            addError(jsonNameToken(field), "json_name cannot have embedded null characters.")
        }
        if field.isExtension { validateExtensionDeclaration(field) }
        checkNamingStyle(field)
    }

    func jsonNameToken(_ field: FieldDescriptor) -> Token? {
        guard let options = field.node?.options else { return nil }
        for case .jsonName(let j) in options.entries { return j.keyword }
        return nil
    }

    /// protoc's ValidateFieldFeatures (editions only).
    func validateFieldFeatures(_ field: FieldDescriptor) {
        guard isEditions else { return }
        let token = field.node?.nameToken
        if field.options.has(2) {
            addError(token, "Field option packed is not allowed under editions.  Use the repeated_field_encoding feature to control this behavior.")
        }
        let hasPresence = field.isRepeated ? false : !field.hasImplicitPresence
        if !field.isRepeated && !hasPresence {
            if field.defaultValue != nil {
                addError(token, "Implicit presence fields can't specify defaults.")
            }
            if let e = field.enumType, e.features.enumType != 1 {
                addError(token, "Implicit presence enum fields must always be open.")
            }
        }
        if field.isExtension && field.features.fieldPresence == 3 {
            addError(token, "Extensions can't be required.")
        }
        if field.containingMessage?.isMapEntry == true && !field.isExtension { return }
        let options = field.options
        if options.setsFeature(1) {
            if field.oneofIndex != nil {
                addError(token, "Oneof fields can't specify field presence.")
            } else if field.isRepeated {
                addError(token, "Repeated fields can't specify field presence.")
            } else if field.isExtension && options.featureValue(1) != 3 {
                addError(token, "Extensions can't specify field presence.")
            } else if field.messageType != nil && options.featureValue(1) == 2 {
                addError(token, "Message fields can't specify implicit presence.")
            }
        }
        if !field.isRepeated && options.setsFeature(3) {
            addError(token, "Only repeated fields can specify repeated field encoding.")
        }
        if field.type != 9 && !(field.messageType?.isMapEntry ?? false) && options.setsFeature(4) {
            addError(token, "Only string fields can specify utf8 validation.")
        }
        if !field.isPackable && options.featureValue(3) == 1 {
            addError(token, "Only repeated primitive fields can specify PACKED repeated field encoding.")
        }
        if !field.isMessageTyped && options.setsFeature(5) {
            addError(token, "Only message fields can specify message encoding.")
        }
    }

    /// protoc's ValidateMapEntry key and value checks.
    func validateMapEntry(_ field: FieldDescriptor, _ entry: MessageDescriptor) {
        guard entry.fields.count == 2 else { return }
        let key = entry.fields[0], value = entry.fields[1]
        let token = field.node?.type.start
        switch key.type {
        case 14:
            addError(token, "Key in map fields cannot be enum types.")
        case 2, 1, 11, 10, 12:
            addError(token, "Key in map fields cannot be float/double, bytes or message types.")
        default:
            break
        }
        if value.type == 14, let e = value.enumType, let first = e.values.first, first.number != 0 {
            addError(token, "Enum value in map must define 0 as the first value.")
        }
    }

    /// jstype only fits 64-bit integer fields.
    func validateJSType(_ field: FieldDescriptor) {
        guard let jstype = field.options.varint(6), jstype != 0 else { return }
        switch field.type {
        case 3, 4, 18, 6, 16:
            return
        default:
            addError(field.node?.type.start, "jstype is only allowed on int64, uint64, sint64, fixed64 or sfixed64 fields.")
        }
    }

    /// A declared extension must match its declaration; an undeclared one fits only ranges
    /// without declarations.
    func validateExtensionDeclaration(_ field: FieldDescriptor) {
        // protoc leaves descriptor.proto's own messages out of declaration checks.
        guard let target = field.extendeeType, !target.fullName.hasPrefix("google.protobuf."),
              let range = target.extensionRanges.first(where: { $0.start <= field.number && field.number < $0.end }) else { return }
        let declarations = ExtensionDeclaration.all(in: range)
        let token = field.extendeeToken
        if let d = declarations.first(where: { $0.number == field.number }) {
            if d.reserved {
                addError(token, "Cannot use number \(field.number) for extension field \(field.fullName), as it is reserved in the extension declarations for message \(target.fullName).")
                return
            }
            let prefix = "\"\(target.fullName)\" extension field \(field.number) is expected to"
            if d.fullName != "." + field.fullName {
                addError(token, "\(prefix) have field name \"\(d.fullName)\", not \".\(field.fullName)\".")
                return
            }
            let actualType: String
            if let m = field.messageType { actualType = "." + m.fullName } else if let e = field.enumType { actualType = "." + e.fullName } else {
                actualType = FieldTypes.name(field.type ?? 0)
            }
            if d.type != actualType {
                addError(token, "\(prefix) be type \"\(d.type)\", not \"\(actualType)\".")
                return
            }
            if d.repeated != field.isRepeated {
                addError(token, "\(prefix) be \(d.repeated ? "repeated" : "optional").")
            }
            return
        }
        if !declarations.isEmpty || range.options.varint(3) == 0 && range.options.has(3) {
            addError(token, "Missing extension declaration for field \(field.fullName) with number \(field.number) in extendee message \(target.fullName). An extension range must declare for all extension fields if its verification state is DECLARATION or there's any declaration in the range already. Otherwise, consider splitting up the range.")
        }
    }
}
