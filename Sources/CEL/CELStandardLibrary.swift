/// The function declarations of CEL's standard library, cel-go's string extensions, and the
/// cross-type numeric comparisons, as the type checker sees them.
public enum CELStandardLibrary {
    private static let a = CELType.parameter("A")
    private static let b = CELType.parameter("B")
    private static let numbers: [CELType] = [.int, .uint, .double]

    public static let functions: [String: [CELOverload]] = {
        var f: [String: [CELOverload]] = [:]
        func add(_ name: String, _ overloads: [CELOverload]) { f[name, default: []] += overloads }
        func member(_ parameters: [CELType], _ result: CELType) -> CELOverload {
            CELOverload(member: true, parameters, result)
        }
        func global(_ parameters: [CELType], _ result: CELType) -> CELOverload {
            CELOverload(parameters, result)
        }

        // Logic and equality.
        add("!_", [global([.bool], .bool)])
        add("_&&_", [global([.bool, .bool], .bool)])
        add("_||_", [global([.bool, .bool], .bool)])
        add("@not_strictly_false", [global([.bool], .bool)])
        add("_?_:_", [global([.bool, a, a], a)])
        add("_==_", [global([a, a], .bool)])
        add("_!=_", [global([a, a], .bool)])

        // Arithmetic.
        add("_+_", numbers.map { global([$0, $0], $0) } + [
            global([.string, .string], .string), global([.bytes, .bytes], .bytes),
            global([.list(a), .list(a)], .list(a)),
            global([.timestamp, .duration], .timestamp), global([.duration, .timestamp], .timestamp),
            global([.duration, .duration], .duration),
        ])
        add("_-_", numbers.map { global([$0, $0], $0) } + [
            global([.timestamp, .timestamp], .duration), global([.timestamp, .duration], .timestamp),
            global([.duration, .duration], .duration),
        ])
        add("_*_", numbers.map { global([$0, $0], $0) })
        add("_/_", numbers.map { global([$0, $0], $0) })
        add("_%_", [global([.int, .int], .int), global([.uint, .uint], .uint)])
        add("-_", [global([.int], .int), global([.double], .double)])

        // Ordering, including int/uint/double against each other.
        let ordered: [CELType] = [.bool, .string, .bytes, .timestamp, .duration]
        var comparisons = (ordered + numbers).map { global([$0, $0], .bool) }
        for left in numbers { for right in numbers where left != right { comparisons.append(global([left, right], .bool)) } }
        for op in ["_<_", "_<=_", "_>_", "_>=_"] { add(op, comparisons) }

        // Containers.
        add("@in", [global([a, .list(a)], .bool), global([a, .map(a, b)], .bool)])
        add("_[_]", [global([.list(a), .int], a), global([.map(a, b), a], b)])
        let sized: [CELType] = [.string, .bytes, .list(a), .map(a, b)]
        add("size", sized.map { global([$0], .int) } + sized.map { member([$0], .int) })

        // Conversions.
        add("int", [.int, .uint, .double, .string, .timestamp].map { global([$0], .int) })
        add("uint", [.int, .uint, .double, .string].map { global([$0], .uint) })
        add("double", [.int, .uint, .double, .string].map { global([$0], .double) })
        add("string", [.int, .uint, .double, .bool, .string, .bytes, .timestamp, .duration].map { global([$0], .string) })
        add("bytes", [.bytes, .string].map { global([$0], .bytes) })
        add("bool", [.bool, .string].map { global([$0], .bool) })
        add("timestamp", [.string, .int, .timestamp].map { global([$0], .timestamp) })
        add("duration", [.string, .duration].map { global([$0], .duration) })
        add("dyn", [global([a], .dyn)])
        add("type", [global([a], .type(a))])

        // Strings.
        for name in ["contains", "startsWith", "endsWith", "matches"] { add(name, [member([.string, .string], .bool)]) }
        add("matches", [global([.string, .string], .bool)])
        add("charAt", [member([.string, .int], .string)])
        add("indexOf", [member([.string, .string], .int), member([.string, .string, .int], .int)])
        add("lastIndexOf", [member([.string, .string], .int), member([.string, .string, .int], .int)])
        add("lowerAscii", [member([.string], .string)])
        add("upperAscii", [member([.string], .string)])
        add("trim", [member([.string], .string)])
        add("reverse", [member([.string], .string)])
        add("replace", [member([.string, .string, .string], .string), member([.string, .string, .string, .int], .string)])
        add("split", [member([.string, .string], .list(.string)), member([.string, .string, .int], .list(.string))])
        add("substring", [member([.string, .int], .string), member([.string, .int, .int], .string)])
        add("join", [member([.list(.string)], .string), member([.list(.string), .string], .string)])
        add("format", [member([.string, .list(.dyn)], .string)])
        add("strings.quote", [global([.string], .string)])

        // Time.
        for name in ["getFullYear", "getMonth", "getDayOfYear", "getDayOfMonth", "getDate", "getDayOfWeek"] {
            add(name, [member([.timestamp], .int), member([.timestamp, .string], .int)])
        }
        for name in ["getHours", "getMinutes", "getSeconds", "getMilliseconds"] {
            add(name, [member([.timestamp], .int), member([.timestamp, .string], .int), member([.duration], .int)])
        }
        return f
    }()

    /// The identifiers every environment has: the names of CEL's types.
    public static let typeIdentifiers: [String: CELType] = [
        "int": .type(.int), "uint": .type(.uint), "double": .type(.double), "bool": .type(.bool),
        "string": .type(.string), "bytes": .type(.bytes), "null_type": .type(.null), "type": .type(nil),
        "list": .type(.list(.dyn)), "map": .type(.map(.dyn, .dyn)), "dyn": .type(.dyn),
        "google.protobuf.Timestamp": .type(.timestamp), "google.protobuf.Duration": .type(.duration),
    ]
}
