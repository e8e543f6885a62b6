/// The string functions of CEL's standard library and cel-go's string extensions, at runtime.
enum CELStringFunctions {
    static func call(_ name: String, _ args: [CELValue]) -> CELValue? {
        switch (name, args.first) {
        case ("contains", .string(let s)?): return string(args, 1).map { .bool($0.isEmpty || s.contains($0)) }
        case ("startsWith", .string(let s)?): return string(args, 1).map { .bool(s.unicodeScalars.starts(with: $0.unicodeScalars)) }
        case ("endsWith", .string(let s)?):
            return string(args, 1).map { .bool(s.unicodeScalars.reversed().starts(with: $0.unicodeScalars.reversed())) }
        case ("lowerAscii", .string(let s)?) where args.count == 1:
            return .string(String(String.UnicodeScalarView(s.unicodeScalars.map { ("A"..."Z").contains($0) ? Unicode.Scalar($0.value + 32)! : $0 })))
        case ("upperAscii", .string(let s)?) where args.count == 1:
            return .string(String(String.UnicodeScalarView(s.unicodeScalars.map { ("a"..."z").contains($0) ? Unicode.Scalar($0.value - 32)! : $0 })))
        case ("trim", .string(let s)?) where args.count == 1:
            let scalars = Array(s.unicodeScalars)
            guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
                  let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return .string("") }
            return .string(String(String.UnicodeScalarView(scalars[first...last])))
        case ("reverse", .string(let s)?) where args.count == 1:
            return .string(String(String.UnicodeScalarView(s.unicodeScalars.reversed())))
        case ("charAt", .string(let s)?):
            guard let i = int(args, 1) else { return nil }
            let scalars = Array(s.unicodeScalars)
            guard i >= 0, i <= scalars.count else { return .error("index out of range: \(i)") }
            return .string(i == scalars.count ? "" : String(scalars[i]))
        case ("indexOf", .string(let s)?), ("lastIndexOf", .string(let s)?):
            guard let needle = string(args, 1) else { return nil }
            return indexOf(Array(s.unicodeScalars), Array(needle.unicodeScalars), from: args.count > 2 ? int(args, 2) : nil,
                           last: name == "lastIndexOf")
        case ("substring", .string(let s)?):
            let scalars = Array(s.unicodeScalars)
            guard let start = int(args, 1) else { return nil }
            let end = args.count > 2 ? int(args, 2) ?? -1 : scalars.count
            guard start >= 0, end <= scalars.count, start <= end else { return .error("substring out of range") }
            return .string(String(String.UnicodeScalarView(scalars[start..<end])))
        case ("replace", .string(let s)?):
            guard let old = string(args, 1), let new = string(args, 2) else { return nil }
            let limit = args.count > 3 ? int(args, 3) ?? -1 : -1
            return .string(replace(s, old, new, limit: limit))
        case ("split", .string(let s)?):
            guard let separator = string(args, 1) else { return nil }
            let limit = args.count > 2 ? int(args, 2) ?? -1 : -1
            return .list(split(s, separator, limit: limit).map(CELValue.string))
        case ("join", .list(let items)?):
            let separator = args.count > 1 ? string(args, 1) ?? "" : ""
            var parts: [String] = []
            for item in items {
                guard case .string(let s) = item else { return .error("join: list has a non-string element") }
                parts.append(s)
            }
            return .string(parts.joined(separator: separator))
        case ("format", .string(let s)?):
            guard args.count == 2, case .list(let values) = args[1] else { return nil }
            return CELFormat.format(s, values)
        case ("strings.quote", .string(let s)?):
            return .string(quote(s))
        case ("contains", .bytes(let b)?):
            guard case .bytes(let needle)? = args.dropFirst().first else { return nil }
            guard needle.count <= b.count else { return .bool(false) }
            return .bool(needle.isEmpty || (0...(b.count - needle.count)).contains { b[$0..<($0 + needle.count)].elementsEqual(needle) })
        case ("startsWith", .bytes(let b)?):
            guard case .bytes(let prefix)? = args.dropFirst().first else { return nil }
            return .bool(b.starts(with: prefix))
        case ("endsWith", .bytes(let b)?):
            guard case .bytes(let suffix)? = args.dropFirst().first else { return nil }
            return .bool(b.reversed().starts(with: suffix.reversed()))
        default:
            return nil
        }
    }

    private static func string(_ args: [CELValue], _ i: Int) -> String? {
        guard i < args.count, case .string(let s) = args[i] else { return nil }
        return s
    }

    private static func int(_ args: [CELValue], _ i: Int) -> Int? {
        guard i < args.count, case .int(let v) = args[i] else { return nil }
        return Int(v)
    }

    private static func indexOf(_ s: [Unicode.Scalar], _ needle: [Unicode.Scalar], from: Int?, last: Bool) -> CELValue {
        let start = from ?? (last ? s.count : 0)
        guard start >= 0, start <= s.count else { return .error("index out of range: \(start)") }
        guard needle.count <= s.count else { return .int(-1) }
        let candidates = last ? Array((0...min(start, s.count - needle.count)).reversed()) : Array(start...max(start, s.count - needle.count))
        for i in candidates where i + needle.count <= s.count && Array(s[i..<(i + needle.count)]) == needle {
            return .int(Int64(i))
        }
        return .int(-1)
    }

    private static func replace(_ s: String, _ old: String, _ new: String, limit: Int) -> String {
        let parts = split(s, old, limit: limit < 0 ? -1 : limit + 1)
        return parts.joined(separator: new)
    }

    /// Go's `strings.SplitN` over Unicode scalars.
    private static func split(_ s: String, _ separator: String, limit: Int) -> [String] {
        if limit == 0 { return [] }
        let scalars = Array(s.unicodeScalars)
        let sep = Array(separator.unicodeScalars)
        if sep.isEmpty {
            var parts = scalars.map { String($0) }
            if limit > 0, parts.count > limit { parts = Array(parts[..<(limit - 1)]) + [String(String.UnicodeScalarView(scalars[(limit - 1)...]))] }
            return parts
        }
        var parts: [String] = []
        var start = 0
        var i = 0
        while i + sep.count <= scalars.count {
            if limit > 0, parts.count == limit - 1 { break }
            if Array(scalars[i..<(i + sep.count)]) == sep {
                parts.append(String(String.UnicodeScalarView(scalars[start..<i])))
                i += sep.count
                start = i
            } else {
                i += 1
            }
        }
        parts.append(String(String.UnicodeScalarView(scalars[start...])))
        return parts
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\u{07}": out += "\\a"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{0B}": out += "\\v"
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
