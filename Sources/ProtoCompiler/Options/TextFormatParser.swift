/// Reads an aggregate option value (`{ a: 1 b { c: "x" } [ext]: 2 }`) into a message as
/// protobuf's TextFormat parser does, over the tokens the parser kept: field names (groups
/// by their type name), `[extension]` and `[type.googleapis.com/pkg.Msg]` Any values,
/// lists, `{}`/`<>` bodies, optional separators, and its checks (unknown fields, repeated
/// singular fields, oneof conflicts, unknown enum values, missing required fields).
struct TextFormatParser {
    let tokens: [TextToken]
    unowned let linker: FileLinker
    var index = 0
    var error: String?
    /// protoc's TextFormat recursion limit.
    var recursionBudget = 100

    init(tokens: [TextToken], linker: FileLinker) {
        self.tokens = tokens
        self.linker = linker
    }

    // MARK: tokens

    var atEnd: Bool { index >= tokens.count }
    var currentText: String { atEnd ? "" : tokens[index].text }
    var currentKind: TokenKind { atEnd ? .end : tokens[index].token.kind }

    func looking(at text: String) -> Bool { !atEnd && tokens[index].text == text }

    mutating func tryConsume(_ text: String) -> Bool {
        if looking(at: text) {
            index += 1
            return true
        }
        return false
    }

    mutating func report(_ message: String) -> Bool {
        if error == nil { error = message } else { error! += "; " + message }
        return false
    }

    mutating func consume(_ text: String) -> Bool {
        if tryConsume(text) { return true }
        return report("Expected \"\(text)\", found \"\(currentText)\".")
    }

    mutating func consumeIdentifier() -> String? {
        if currentKind == .identifier {
            defer { index += 1 }
            return currentText
        }
        _ = report("Expected identifier, got: \(currentText)")
        return nil
    }

    mutating func consumeFullTypeName() -> String? {
        guard var name = consumeIdentifier() else { return nil }
        while tryConsume(".") {
            guard let part = consumeIdentifier() else { return nil }
            name += "." + part
        }
        return name
    }

    mutating func consumeUnsigned(max: UInt64) -> UInt64? {
        guard currentKind == .integer else {
            _ = report("Expected integer, got: \(currentText)")
            return nil
        }
        guard let v = Literals.parseInteger(Array(currentText.utf8), max: max) else {
            _ = report("Integer out of range (\(currentText))")
            return nil
        }
        index += 1
        return v
    }

    mutating func consumeSigned(max: UInt64) -> Int64? {
        var negative = false
        var limit = max
        if tryConsume("-") {
            negative = true
            limit += 1
        }
        guard let v = consumeUnsigned(max: limit) else { return nil }
        if negative {
            return v == UInt64(Int64.max) + 1 ? Int64.min : -Int64(v)
        }
        return Int64(v)
    }

    mutating func consumeDouble() -> Double? {
        let negative = tryConsume("-")
        var value: Double
        if currentKind == .integer {
            let bytes = Array(currentText.utf8)
            if let v = Literals.parseInteger(bytes, max: UInt64.max) {
                value = Double(v)
            } else if bytes.first != UInt8(ascii: "0"), let d = Literals.parseFloat(bytes) {
                value = d
            } else {
                _ = report("Integer out of range (\(currentText))")
                return nil
            }
            index += 1
        } else if currentKind == .float {
            value = Literals.parseFloat(Array(currentText.utf8)) ?? 0
            index += 1
        } else if currentKind == .identifier {
            let lower = currentText.lowercased()
            if lower == "inf" || lower == "infinity" {
                value = .infinity
            } else if lower == "nan" {
                value = .nan
            } else {
                _ = report("Expected double, got: \(lower)")
                return nil
            }
            index += 1
        } else {
            _ = report("Expected double, got: \(currentText)")
            return nil
        }
        return negative ? -value : value
    }

    mutating func consumeString() -> [UInt8]? {
        guard currentKind == .string else {
            _ = report("Expected string, got: \(currentText)")
            return nil
        }
        var out: [UInt8] = []
        while currentKind == .string {
            Literals.appendString(Array(currentText.utf8), to: &out)
            index += 1
        }
        return out
    }

    // MARK: messages

    /// Parses the whole token list into `message`; the error text when it fails.
    mutating func parseMessage(into message: MessageValue) -> String? {
        while !atEnd {
            if !consumeField(message) { return error ?? "parse error" }
        }
        var missing: [String] = []
        TextFormatParser.missingRequired(message, prefix: "", into: &missing)
        if !missing.isEmpty {
            return "Message missing required fields: " + missing.joined(separator: ", ")
        }
        return nil
    }

    static func missingRequired(_ message: MessageValue, prefix: String, into missing: inout [String]) {
        for field in message.type.fields where field.label == 2 && !message.has(field.number) {
            missing.append(prefix + field.name)
        }
        for entry in message.entries {
            for (i, value) in entry.values.enumerated() {
                guard case .message(let m) = value else { continue }
                let name = entry.field.isExtension ? "(\(entry.field.fullName))" : entry.field.name
                let path = entry.field.isRepeated ? "\(prefix)\(name)[\(i)]." : "\(prefix)\(name)."
                missingRequired(m, prefix: path, into: &missing)
            }
        }
    }

    mutating func consumeMessageBody(_ message: MessageValue, delimiter: String) -> Bool {
        while !looking(at: ">") && !looking(at: "}") {
            if atEnd { return report("Expected \"\(delimiter)\", found \"\".") }
            guard consumeField(message) else { return false }
        }
        return consume(delimiter)
    }

    mutating func consumeField(_ message: MessageValue) -> Bool {
        let descriptor = message.type
        var field: FieldDescriptor?
        var fieldName = ""

        if descriptor.fullName == "google.protobuf.Any", tryConsume("[") {
            return consumeAnyValue(message)
        }
        if tryConsume("[") {
            guard let name = consumeFullTypeName() else { return false }
            fieldName = name
            guard consume("]") else { return false }
            field = findExtension(name, in: descriptor)
            if field == nil {
                return report("Extension \"\(name)\" is not defined or is not an extension of \"\(descriptor.fullName)\".")
            }
        } else {
            guard let name = consumeIdentifier() else { return false }
            fieldName = name
            field = descriptor.fields.first { $0.name == name }
            if field == nil {
                let lower = FieldNames.asciiLowercased(name)
                field = descriptor.fields.first { $0.name == lower }
                if let f = field, !f.isGroupLike { field = nil }
            }
            if let f = field, f.isGroupLike, f.messageType?.name != name { field = nil }
            if field == nil {
                if descriptor.reservedNames.contains(where: { $0.name == name }) {
                    return skipField()
                }
                return report("Message type \"\(descriptor.fullName)\" has no field named \"\(name)\".")
            }
        }
        guard let field else { return false }

        if !field.isRepeated && message.has(field.number) {
            return report("Non-repeated field \"\(fieldName)\" is specified multiple times.")
        }
        if let oneofIndex = field.oneofIndex, let container = field.containingMessage, oneofIndex < container.oneofs.count {
            let oneof = container.oneofs[oneofIndex]
            if let other = oneof.fields.first(where: { $0 !== field && message.has($0.number) }) {
                return report("Field \"\(fieldName)\" is specified along with field \"\(other.name)\", another member of oneof \"\(oneof.name)\".")
            }
        }

        if field.isMessageTyped {
            _ = tryConsume(":")
        } else {
            guard consume(":") else { return false }
        }

        if field.isRepeated && tryConsume("[") {
            if !tryConsume("]") {
                while true {
                    if field.isMessageTyped {
                        guard consumeFieldMessage(message, field) else { return false }
                    } else {
                        guard consumeFieldValue(message, field) else { return false }
                    }
                    if tryConsume("]") { break }
                    guard consume(",") else { return false }
                }
            }
        } else if field.isMessageTyped {
            guard consumeFieldMessage(message, field) else { return false }
        } else {
            guard consumeFieldValue(message, field) else { return false }
        }
        _ = tryConsume(";") || tryConsume(",")
        return true
    }

    /// A reserved field name: its value is skipped.
    mutating func skipField() -> Bool {
        if tryConsume(":") && !looking(at: "{") && !looking(at: "<") {
            return skipValue()
        }
        return skipMessage()
    }

    mutating func skipValue() -> Bool {
        if tryConsume("[") {
            if tryConsume("]") { return true }
            while true {
                if looking(at: "{") || looking(at: "<") {
                    guard skipMessage() else { return false }
                } else {
                    guard skipValue() else { return false }
                }
                if tryConsume("]") { break }
                guard consume(",") else { return false }
            }
            _ = tryConsume(";") || tryConsume(",")
            return true
        }
        if currentKind == .string {
            while currentKind == .string { index += 1 }
        } else {
            _ = tryConsume("-")
            index += 1
        }
        _ = tryConsume(";") || tryConsume(",")
        return true
    }

    mutating func skipMessage() -> Bool {
        let delimiter: String
        if tryConsume("<") { delimiter = ">" } else {
            guard consume("{") else { return false }
            delimiter = "}"
        }
        while !looking(at: ">") && !looking(at: "}") {
            if atEnd { return report("Expected \"\(delimiter)\", found \"\".") }
            if tryConsume("[") {
                while !atEnd && !tryConsume("]") { index += 1 }
            } else {
                guard consumeIdentifier() != nil else { return false }
            }
            guard skipField() else { return false }
        }
        guard consume(delimiter) else { return false }
        _ = tryConsume(";") || tryConsume(",")
        return true
    }

    mutating func consumeFieldMessage(_ message: MessageValue, _ field: FieldDescriptor) -> Bool {
        guard let type = field.messageType else { return false }
        let delimiter: String
        if tryConsume("<") {
            delimiter = ">"
        } else {
            guard consume("{") else { return false }
            delimiter = "}"
        }
        recursionBudget -= 1
        defer { recursionBudget += 1 }
        // protoc parses the options back with a limit of 100 nested messages and aborts
        // beyond it; this stops one level earlier with an error instead.
        if recursionBudget <= 0 {
            return report("Message is too deep, the parser exceeded the configured recursion limit of 100.")
        }
        let sub: MessageValue
        if field.isRepeated {
            sub = MessageValue(type: type)
            message.set(field, .message(sub))
        } else {
            sub = message.child(field, type: type)
        }
        return consumeMessageBody(sub, delimiter: delimiter)
    }

    mutating func consumeFieldValue(_ message: MessageValue, _ field: FieldDescriptor) -> Bool {
        guard let type = field.type else { return false }
        func set(_ value: FieldValue) -> Bool {
            if !field.isRepeated && field.hasImplicitPresence && value.isZero {
                message.remove(field.number)
            } else {
                message.set(field, value)
            }
            return true
        }
        switch type {
        case 5, 17, 15:
            guard let v = consumeSigned(max: UInt64(Int32.max)) else { return false }
            return set(WireValues.int32(Int32(v), type: type))
        case 13, 7:
            guard let v = consumeUnsigned(max: UInt64(UInt32.max)) else { return false }
            return set(WireValues.uint32(UInt32(v), type: type))
        case 3, 18, 16:
            guard let v = consumeSigned(max: UInt64(Int64.max)) else { return false }
            return set(WireValues.int64(v, type: type))
        case 4, 6:
            guard let v = consumeUnsigned(max: UInt64.max) else { return false }
            return set(WireValues.uint64(v, type: type))
        case 2:
            guard let v = consumeDouble() else { return false }
            return set(.fixed32(FloatConversion.safeFloat(v).bitPattern))
        case 1:
            guard let v = consumeDouble() else { return false }
            return set(.fixed64(v.bitPattern))
        case 9, 12:
            guard let s = consumeString() else { return false }
            return set(.bytes(s))
        case 8:
            if currentKind == .integer {
                guard let v = consumeUnsigned(max: 1) else { return false }
                return set(.varint(v))
            }
            guard let id = consumeIdentifier() else { return false }
            if id == "true" || id == "True" || id == "t" { return set(.varint(1)) }
            if id == "false" || id == "False" || id == "f" { return set(.varint(0)) }
            return report("Invalid value for boolean field \"\(field.name)\". Value: \"\(id)\".")
        case 14:
            guard let e = field.enumType else { return false }
            var text = ""
            var number: Int64?
            var found: EnumValueDescriptor?
            if currentKind == .identifier {
                text = currentText
                index += 1
                found = e.values.first { $0.name == text }
            } else if looking(at: "-") || currentKind == .integer {
                guard let v = consumeSigned(max: UInt64(Int32.max)) else { return false }
                number = v
                text = String(v)
                found = e.values.first { Int64($0.number) == v }
            } else {
                return report("Expected integer or identifier, got: \(currentText)")
            }
            if let found {
                return set(.varint(UInt64(bitPattern: Int64(found.number))))
            }
            if let number, !field.isClosedEnum {
                return set(.varint(UInt64(bitPattern: number)))
            }
            return report("Unknown enumeration value of \"\(text)\" for field \"\(field.name)\".")
        default:
            return false
        }
    }

    /// protoc's AggregateOptionFinder::FindExtension: looked up from the message's scope; for a
    /// MessageSet, a message name stands for its message-set extension.
    func findExtension(_ name: String, in descriptor: MessageDescriptor) -> FieldDescriptor? {
        let symbol = linker.lookupSymbol(name, relativeTo: descriptor.fullName)
        if case .field(let f)? = symbol { return f.isExtension && f.containingMessage === descriptor ? f : nil }
        if case .message(let foreign)? = symbol, descriptor.isMessageSet {
            return foreign.extensions.first {
                $0.containingMessage === descriptor && $0.type == 11 && $0.label == 1 && $0.messageType === foreign
            }
        }
        return nil
    }

    /// `[type.googleapis.com/pkg.Msg] { ... }` inside a google.protobuf.Any.
    mutating func consumeAnyValue(_ message: MessageValue) -> Bool {
        guard var prefix = consumeIdentifier() else { return false }
        while tryConsume(".") {
            guard let part = consumeIdentifier() else { return false }
            prefix += "." + part
        }
        guard consume("/") else { return false }
        prefix += "/"
        guard let typeName = consumeFullTypeName() else { return false }
        guard consume("]") else { return false }
        _ = tryConsume(":")
        var valueType: MessageDescriptor?
        if prefix == "type.googleapis.com/" || prefix == "type.googleprod.com/",
           case .message(let m)? = linker.findSymbol(typeName) {
            valueType = m
        }
        guard let valueType else {
            return report("Could not find type \"\(prefix + typeName)\" stored in google.protobuf.Any.")
        }
        let delimiter: String
        if tryConsume("<") { delimiter = ">" } else {
            guard consume("{") else { return false }
            delimiter = "}"
        }
        let value = MessageValue(type: valueType)
        guard consumeMessageBody(value, delimiter: delimiter) else { return false }
        guard let urlField = message.type.fields.first(where: { $0.number == 1 }),
              let valueField = message.type.fields.first(where: { $0.number == 2 }) else { return false }
        if message.has(1) || message.has(2) {
            return report("Non-repeated Any specified multiple times.")
        }
        message.set(urlField, .bytes(Array((prefix + typeName).utf8)))
        message.set(valueField, .bytes(value.serialized()))
        _ = tryConsume(";") || tryConsume(",")
        return true
    }
}
