extension OptionInterpreter {
    /// protoc's SetOptionValue: the uninterpreted value converted for the field's type, with
    /// protoc's messages when it does not fit.
    func optionValue(_ field: FieldDescriptor, _ option: OptionNode, site: OptionSite) -> FieldValue? {
        let name = field.fullName
        func fail(_ message: String) -> FieldValue? {
            linker.addError(option.valueStart, message)
            return nil
        }
        guard let type = field.type else { return nil }
        switch type {
        case 5, 17, 15: // int32, sint32, sfixed32
            let v: Int64
            switch option.value {
            case .positiveInt(let p):
                guard p <= UInt64(Int32.max) else { return fail("Value out of range, -2147483648 to 2147483647, for int32 option \"\(name)\".") }
                v = Int64(p)
            case .negativeInt(let n):
                guard n >= Int64(Int32.min) else { return fail("Value out of range, -2147483648 to 2147483647, for int32 option \"\(name)\".") }
                v = n
            default:
                return fail("Value must be integer, from -2147483648 to 2147483647, for int32 option \"\(name)\".")
            }
            return WireValues.int32(Int32(v), type: type)
        case 3, 18, 16: // int64, sint64, sfixed64
            let v: Int64
            switch option.value {
            case .positiveInt(let p):
                guard p <= UInt64(Int64.max) else { return fail("Value out of range, -9223372036854775808 to 9223372036854775807, for int64 option \"\(name)\".") }
                v = Int64(p)
            case .negativeInt(let n):
                v = n
            default:
                return fail("Value must be integer, from -9223372036854775808 to 9223372036854775807, for int64 option \"\(name)\".")
            }
            return WireValues.int64(v, type: type)
        case 13, 7: // uint32, fixed32
            guard case .positiveInt(let p) = option.value else {
                return fail("Value must be integer, from 0 to 4294967295, for uint32 option \"\(name)\".")
            }
            guard p <= UInt64(UInt32.max) else { return fail("Value out of range, 0 to 4294967295, for uint32 option \"\(name)\".") }
            return type == 7 ? .fixed32(UInt32(p)) : .varint(p)
        case 4, 6: // uint64, fixed64
            guard case .positiveInt(let p) = option.value else {
                return fail("Value must be integer, from 0 to 18446744073709551615, for uint64 option \"\(name)\".")
            }
            return type == 6 ? .fixed64(p) : .varint(p)
        case 2, 1: // float, double
            let v: Double
            switch option.value {
            case .double(let d): v = d
            case .positiveInt(let p): v = Double(p)
            case .negativeInt(let n): v = Double(n)
            case .identifier("inf"): v = .infinity
            case .identifier("nan"): v = .nan
            default:
                return fail("Value must be number for \(type == 2 ? "float" : "double") option \"\(name)\".")
            }
            return type == 2 ? .fixed32(Float(v).bitPattern) : .fixed64(v.bitPattern)
        case 8:
            guard case .identifier(let id) = option.value else {
                return fail("Value must be identifier for boolean option \"\(name)\".")
            }
            if id == "true" { return .varint(1) }
            if id == "false" { return .varint(0) }
            return fail("Value must be \"true\" or \"false\" for boolean option \"\(name)\".")
        case 14:
            guard case .identifier(let id) = option.value else {
                return fail("Value must be identifier for enum-valued option \"\(name)\".")
            }
            guard let e = field.enumType else { return nil }
            var found: EnumValueDescriptor?
            let qualified = String(e.fullName.dropLast(e.name.utf8.count)) + id
            let inPool = linker.table.files[e.file.name] === e.file
            if case .enumValue(let v)? = inPool ? linker.table.lookup(qualified) : e.valueSymbol(named: id) {
                if v.enumType !== e {
                    return fail("Enum type \"\(e.fullName)\" has no value named \"\(id)\" for option \"\(name)\". This appears to be a value from a sibling type.")
                }
                found = v
            }
            guard let value = found else {
                return fail("Enum type \"\(e.fullName)\" has no value named \"\(id)\" for option \"\(name)\".")
            }
            return .varint(UInt64(bitPattern: Int64(value.number)))
        case 9, 12:
            guard case .string(let s) = option.value else {
                return fail("Value must be quoted string for string option \"\(name)\".")
            }
            return .bytes(s)
        case 10, 11:
            guard case .aggregate = option.value else {
                return fail("Option \"\(name)\" is a message. To set the entire message, use syntax like \"\(field.name) = { <proto text format> }\". To set fields within it, use syntax like \"\(field.name).foo = value\".")
            }
            guard let messageType = field.messageType else { return nil }
            var parser = TextFormatParser(tokens: option.aggregateTokens, linker: linker)
            let message = MessageValue(type: messageType)
            if let error = parser.parseMessage(into: message) {
                return fail("Error while parsing option value for \"\(field.name)\": \(error)")
            }
            return .message(message)
        default:
            return nil
        }
    }
}

extension EnumDescriptor {
    /// A value of this enum by name, as a symbol (for builtin enums looked up outside the pool).
    func valueSymbol(named name: String) -> Symbol? {
        values.first { $0.name == name }.map { .enumValue($0) }
    }
}
