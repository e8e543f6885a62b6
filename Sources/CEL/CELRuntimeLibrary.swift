import Foundation

/// The runtime side of CEL's standard library and of cel-go's string extensions: what each
/// function does to values. Returns nil when the library has no such function or overload.
enum CELRuntimeLibrary {
    static func call(_ name: String, _ args: [CELValue], member: Bool) -> CELValue? {
        switch (name, args.count) {
        case ("_==_", 2): return CELOperators.equal(args[0], args[1])
        case ("_!=_", 2): return .bool(!CELOperators.equals(args[0], args[1]))
        case ("_<_", 2), ("_<=_", 2), ("_>_", 2), ("_>=_", 2): return CELOperators.compare(name, args[0], args[1])
        case ("_+_", 2), ("_-_", 2), ("_*_", 2), ("_/_", 2), ("_%_", 2): return CELOperators.arithmetic(name, args[0], args[1])
        case ("!_", 1):
            if case .bool(let b) = args[0] { return .bool(!b) }
            return nil
        case ("-_", 1): return CELOperators.negate(args[0])
        case ("@in", 2): return CELOperators.contains(args[1], args[0])
        case ("_[_]", 2): return CELOperators.index(args[0], args[1])
        case ("size", 1): return size(args[0])
        case ("type", 1): return .type(args[0].typeName)
        case ("dyn", 1): return args[0]
        case ("int", 1), ("uint", 1), ("double", 1), ("string", 1), ("bytes", 1), ("bool", 1):
            return CELConversions.convert(args[0], to: name)
        case ("duration", 1): return CELConversions.duration(args[0])
        case ("timestamp", 1): return CELConversions.timestamp(args[0])
        case ("matches", 2):
            guard case .string(let text) = args[0], case .string(let pattern) = args[1] else { return nil }
            return CELRegex.matches(text, pattern)
        default:
            break
        }
        if let result = CELStringFunctions.call(name, args) { return result }
        return CELTimeFunctions.call(name, args)
    }

    private static func size(_ value: CELValue) -> CELValue? {
        switch value {
        case .string(let s): return .int(Int64(s.unicodeScalars.count))
        case .bytes(let b): return .int(Int64(b.count))
        case .list(let l): return .int(Int64(l.count))
        case .map(let m): return .int(Int64(m.count))
        default: return nil
        }
    }
}

/// `matches`, on Foundation's regular expressions: the RE2 pattern is first written in ICU's
/// syntax with RE2's meaning (`RE2Pattern`). A pattern that does not compile gives an error value.
enum CELRegex {
    static func matches(_ text: String, _ pattern: String) -> CELValue {
        guard let icu = RE2Pattern.icu(pattern),
              let regex = try? NSRegularExpression(pattern: icu, options: [.useUnixLineSeparators]) else {
            return .error("invalid regular expression: \(pattern)")
        }
        let range = NSRange(text.startIndex..., in: text)
        return .bool(regex.firstMatch(in: text, range: range) != nil)
    }
}
