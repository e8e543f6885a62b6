import Foundation

/// How proto names become JavaScript and TypeScript names, and how values are spelled as literals.
enum NodeNames {
    /// protoc's lowerCamelCase of a field name, which is also its default JSON name:
    /// underscores dropped, the letter after each one upper-cased.
    static func camelCase(_ name: String) -> String {
        var out = ""
        var upper = false
        for c in name {
            if c == "_" {
                upper = true
            } else if upper {
                out += c.uppercased()
                upper = false
            } else {
                out.append(c)
            }
        }
        return out
    }

    /// A method's name on grpc-js clients and in server implementations: `CreateInvoice` →
    /// `createInvoice`.
    static func lowerFirst(_ name: String) -> String {
        guard let first = name.first else { return name }
        return first.lowercased() + name.dropFirst()
    }

    /// Properties that every plain object inherits: a field named like one would read the
    /// inherited value when unset, and `__proto__` cannot be assigned as data.
    static let inheritedProperties: Set<String> = [
        "constructor", "toString", "toLocaleString", "valueOf", "hasOwnProperty", "isPrototypeOf",
        "propertyIsEnumerable", "__proto__", "__defineGetter__", "__defineSetter__", "__lookupGetter__",
        "__lookupSetter__",
    ]

    /// A message property name: the camelCase name, with `$` appended when it is inherited.
    static func property(_ fieldName: String) -> String {
        let name = camelCase(fieldName)
        return inheritedProperties.contains(name) ? name + "$" : name
    }

    /// Words that cannot name an exported binding or a type, and the global types the declarations
    /// use (a message named `Map` would hide the global one in its file).
    static let reservedIdentifiers: Set<String> = [
        "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else",
        "enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof",
        "new", "null", "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void",
        "while", "with", "yield", "let", "static", "implements", "interface", "package", "private", "protected",
        "public", "await", "arguments", "eval",
        "any", "bigint", "boolean", "never", "number", "object", "string", "symbol", "undefined", "unknown",
        "Uint8Array", "Map", "Partial", "Array", "Object", "Function", "Error", "Symbol", "Promise",
    ]

    static func identifier(_ name: String) -> String {
        reservedIdentifiers.contains(name) ? name + "$" : name
    }

    /// A double-quoted JavaScript string literal; non-ASCII characters are escaped so generated
    /// files are ASCII.
    static func stringLiteral(_ s: String) -> String {
        var out = "\""
        for unit in s.utf16 {
            switch unit {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x20..<0x7F: out += String(UnicodeScalar(UInt8(unit)))
            default: out += String(format: "\\u%04x", unit)
            }
        }
        return out + "\""
    }

    /// An object key: bare when it is an identifier, quoted otherwise.
    static func key(_ s: String) -> String {
        isIdentifier(s) ? s : stringLiteral(s)
    }

    static func isIdentifier(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first else { return false }
        func start(_ c: Unicode.Scalar) -> Bool { c == "_" || c == "$" || ("a"..."z").contains(c) || ("A"..."Z").contains(c) }
        return start(first) && s.unicodeScalars.dropFirst().allSatisfy { start($0) || ("0"..."9").contains($0) }
    }
}
