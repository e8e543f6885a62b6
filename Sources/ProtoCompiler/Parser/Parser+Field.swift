extension Parser {
    /// Scalar type keywords, numbered as FieldDescriptorProto.Type.
    static func scalarType(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        switch bytes.count {
        case 4:
            if equal(bytes, "bool") { return 8 }
        case 5:
            if equal(bytes, "float") { return 2 }
            if equal(bytes, "int32") { return 5 }
            if equal(bytes, "int64") { return 3 }
            if equal(bytes, "bytes") { return 12 }
            if equal(bytes, "group") { return 10 }
        case 6:
            if equal(bytes, "double") { return 1 }
            if equal(bytes, "uint64") { return 4 }
            if equal(bytes, "uint32") { return 13 }
            if equal(bytes, "string") { return 9 }
            if equal(bytes, "sint32") { return 17 }
            if equal(bytes, "sint64") { return 18 }
        case 7:
            if equal(bytes, "fixed64") { return 6 }
            if equal(bytes, "fixed32") { return 7 }
        case 8:
            if equal(bytes, "sfixed32") { return 15 }
            if equal(bytes, "sfixed64") { return 16 }
        default:
            break
        }
        return nil
    }

    @inline(__always) static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ s: StaticString) -> Bool {
        guard bytes.count == s.utf8CodeUnitCount else { return false }
        let p = s.utf8Start
        for i in 0..<bytes.count where bytes[i] != p[i] { return false }
        return true
    }

    var defaultsToOptional: Bool { syntax == "proto3" || syntax == "editions" }

    mutating func parseMessageField(_ field: FieldNode, extendee: Bool) -> Bool {
        if at("optional") || at("repeated") || at("required") {
            if at("optional") && syntax == "editions" {
                addError("Label \"optional\" is not supported in editions. By default, all singular fields have presence unless features.field_presence is set.")
            }
            if at("required") && syntax == "editions" {
                addError("Label \"required\" is not supported in editions, use features.field_presence = LEGACY_REQUIRED.")
            }
            field.labelToken = current
            if tryConsume("optional") {
                field.label = .optional
            } else if tryConsume("repeated") {
                field.label = .repeated
            } else {
                next()
                field.label = .required
            }
        }
        return parseMessageFieldNoLabel(field, extendee: extendee)
    }

    mutating func parseMessageFieldNoLabel(_ field: FieldNode, extendee: Bool) -> Bool {
        field.type.start = current
        var typeParsed = false
        var isMap = false
        if tryConsume("map") {
            if at("<") {
                isMap = true
                guard parseMapType(field, extendee: extendee) else { return false }
            } else {
                typeParsed = true
                field.type.name = "map"
            }
        }
        if !isMap {
            if field.label == nil && defaultsToOptional {
                field.label = .optional
            }
            if field.label == nil {
                addError("Expected \"required\", \"optional\", or \"repeated\".")
                field.label = .optional
            }
            if !typeParsed {
                var scalar: Int32?
                var name = ""
                let ok = parseType(&scalar, &name)
                field.type.scalar = scalar
                field.type.name = name
                guard ok else { return false }
            }
        }
        field.type.end = previous

        field.nameToken = current
        guard let name = consumeIdentifier("Expected field name.") else { return false }
        field.name = name
        guard consume("=", "Missing field number.") else { return false }
        field.numberToken = current
        guard let number = consumeInteger("Expected field number.") else { return false }
        field.number = number

        guard parseFieldOptions(field) else { return false }

        if field.type.scalar == 10 {
            if let first = field.name.utf8.first, first < UInt8(ascii: "A") || first > UInt8(ascii: "Z") {
                addError(at: field.nameToken, "Group names must start with a capital letter.")
            }
            if at("{") {
                var body = MessageBody()
                var comments = CommentBlock()
                let ok = parseMessageBlock(&body, comments: &comments)
                field.groupBody = body
                field.groupComments = comments
                field.end = previous
                return ok
            }
            addError("Missing group body.")
            return false
        }
        guard let comments = consumeEndOfDeclaration(";", attach: true) else { return false }
        field.comments = comments
        field.end = previous
        return true
    }

    mutating func parseMapType(_ field: FieldNode, extendee: Bool) -> Bool {
        if field.oneofIndex != nil {
            addError("Map fields are not allowed in oneofs.")
            return false
        }
        if field.label != nil {
            addError("Field labels (required/optional/repeated) are not allowed on map fields.")
            return false
        }
        if extendee {
            addError("Map fields are not allowed to be extensions.")
            return false
        }
        field.label = .repeated
        guard consume("<") else { return false }
        var map = MapTypeNode()
        map.keyStart = current
        guard parseType(&map.keyScalar, &map.keyName) else { return false }
        map.keyEnd = previous
        guard consume(",") else { return false }
        map.valueStart = current
        guard parseType(&map.valueScalar, &map.valueName) else { return false }
        map.valueEnd = previous
        guard consume(">") else { return false }
        field.type.map = map
        return true
    }

    /// Edition UNSTABLE spells integer types by their wire encoding: `int32` is sfixed32 there,
    /// `varint32` is int32, `zigzag32` is sint32.
    static func unstableScalarType(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let text = String(decoding: bytes, as: UTF8.self)
        switch text {
        case "double": return 1
        case "float": return 2
        case "uint64": return 6
        case "bool": return 8
        case "string": return 9
        case "group": return 10
        case "bytes": return 12
        case "uint32": return 7
        case "int32": return 15
        case "int64": return 16
        case "varint32": return 5
        case "varint64": return 3
        case "uvarint32": return 13
        case "uvarint64": return 4
        case "zigzag32": return 17
        case "zigzag64": return 18
        default: return nil
        }
    }

    static let obsoleteInUnstable: [String: String] = [
        "fixed32": "uint32", "fixed64": "uint64", "sfixed32": "int32", "sfixed64": "int64",
        "sint32": "zigzag32", "sint64": "zigzag64",
    ]

    mutating func parseType(_ scalar: inout Int32?, _ name: inout String) -> Bool {
        if syntax == "editions" && edition == Editions.unstable {
            if let type = Parser.unstableScalarType(bytes(current)) {
                scalar = type
                next()
                return true
            }
            if let replacement = Parser.obsoleteInUnstable[text(current)] {
                addError("Type '\(text(current))' is obsolete in unstable editions, use '\(replacement)' instead.")
                next()
                return true
            }
            guard let typeName = parseUserDefinedType() else { return false }
            name = typeName
            return true
        }
        if let type = Parser.scalarType(bytes(current)) {
            if syntax == "editions" && type == 10 {
                addError("Group syntax is no longer supported in editions. To get group behavior you can specify features.message_encoding = DELIMITED on a message field.")
            }
            scalar = type
            next()
            return true
        }
        guard let typeName = parseUserDefinedType() else { return false }
        name = typeName
        return true
    }

    mutating func parseUserDefinedType() -> String? {
        if Parser.scalarType(bytes(current)) != nil {
            addError("Expected message type.")
            let s = text(current)
            next()
            return s
        }
        var name = ""
        if tryConsume(".") { name = "." }
        guard let first = consumeIdentifier("Expected type name.") else { return nil }
        name += first
        while tryConsume(".") {
            guard let part = consumeIdentifier("Expected identifier.") else { return nil }
            name += "."
            name += part
        }
        return name
    }

    mutating func parseFieldOptions(_ field: FieldNode) -> Bool {
        guard at("[") else { return true }
        let options = CompactOptionsNode(open: current)
        field.options = options
        _ = consume("[")
        repeat {
            if at("default") {
                guard parseDefaultAssignment(field, options) else { return false }
            } else if at("json_name") {
                guard parseJsonName(field, options) else { return false }
            } else {
                let option = OptionNode(start: current, isStatement: false)
                options.entries.append(.option(option))
                guard parseOption(option) else { return false }
            }
        } while tryConsume(",")
        guard consume("]") else { return false }
        options.close = previous
        return true
    }

    mutating func parseDefaultAssignment(_ field: FieldNode, _ options: CompactOptionsNode) -> Bool {
        let hasDefault = options.entries.contains { if case .defaultValue = $0 { return true } else { return false } }
        if hasDefault {
            addError("Already set option \"default\".")
            options.entries.removeAll { if case .defaultValue = $0 { return true } else { return false } }
        }
        let keyword = current
        guard consume("default"), consume("=") else { return false }
        let valueStart = current
        var value: [UInt8] = []
        func finish(_ parser: inout Parser) -> Bool {
            options.entries.append(.defaultValue(DefaultValueNode(keyword: keyword, value: value, valueStart: valueStart, valueEnd: parser.previous)))
            return true
        }
        guard let type = field.type.scalar, field.type.map == nil else {
            // A named type: the token is taken as is; the linker checks it is an enum value.
            value = Array(bytes(current))
            next()
            return finish(&self)
        }
        switch type {
        case 5, 3, 17, 18, 15, 16:
            var maxValue = UInt64(Int64.max)
            if type == 5 || type == 17 || type == 15 { maxValue = UInt64(Int32.max) }
            if tryConsume("-") {
                value.append(UInt8(ascii: "-"))
                maxValue += 1
            }
            guard let v = consumeInteger64(max: maxValue, "Expected integer for field default value.") else { return false }
            value.append(contentsOf: String(v).utf8)
        case 13, 4, 7, 6:
            let maxValue = (type == 13 || type == 7) ? UInt64(UInt32.max) : UInt64.max
            if tryConsume("-") {
                addError("Unsigned field can't have negative default value.")
            }
            guard let v = consumeInteger64(max: maxValue, "Expected integer for field default value.") else { return false }
            value.append(contentsOf: String(v).utf8)
        case 2, 1:
            if tryConsume("-") { value.append(UInt8(ascii: "-")) }
            guard let v = consumeNumber("Expected number.") else { return false }
            value.append(contentsOf: FloatText.simpleDtoa(v).utf8)
        case 8:
            if tryConsume("true") {
                value = Array("true".utf8)
            } else if tryConsume("false") {
                value = Array("false".utf8)
            } else {
                addError("Expected \"true\" or \"false\".")
                return false
            }
        case 9:
            guard let s = consumeString("Expected string for field default value.") else { return false }
            value = s
        case 12:
            guard let s = consumeString("Expected string.") else { return false }
            value = Array(CEscape.escape(s).utf8)
        case 14:
            guard let s = consumeIdentifier("Expected enum identifier for field default value.") else { return false }
            value = Array(s.utf8)
        default:
            addError("Messages can't have default values.")
            return false
        }
        return finish(&self)
    }

    mutating func parseJsonName(_ field: FieldNode, _ options: CompactOptionsNode) -> Bool {
        let hasJsonName = options.entries.contains { if case .jsonName = $0 { return true } else { return false } }
        if hasJsonName {
            addError("Already set option \"json_name\".")
            options.entries.removeAll { if case .jsonName = $0 { return true } else { return false } }
        }
        let keyword = current
        guard consume("json_name"), consume("=") else { return false }
        let valueStart = current
        guard let value = consumeString("Expected string for JSON name.") else { return false }
        options.entries.append(.jsonName(JsonNameNode(keyword: keyword, value: String(decoding: value, as: UTF8.self),
                                                      valueStart: valueStart, valueEnd: previous)))
        return true
    }
}
