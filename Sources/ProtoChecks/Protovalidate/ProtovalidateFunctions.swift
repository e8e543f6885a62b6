import CEL

/// protovalidate's CEL functions at run time, for `CELInterpreter`; their declarations for the
/// checker are in `ProtovalidateCELEnvironment`. The receiver of a member call comes first.
enum ProtovalidateFunctions {
    static let all: [String: CELInterpreter.Function] = [
        "isNan": { args in
            guard args.count == 1, case .double(let d) = args[0] else { return nil }
            return .bool(d.isNaN)
        },
        "isInf": { args in
            guard case .double(let d)? = args.first else { return nil }
            guard args.count == 2 else { return args.count == 1 ? .bool(d.isInfinite) : nil }
            guard case .int(let sign) = args[1] else { return nil }
            return .bool(d.isInfinite && (sign == 0 || (sign > 0) == (d > 0)))
        },
        "unique": { args in
            guard args.count == 1, case .list(let items) = args[0] else { return nil }
            for (i, item) in items.enumerated() where items[..<i].contains(where: { $0.isEqual(to: item) }) {
                return .bool(false)
            }
            return .bool(true)
        },
        "getField": { args in
            guard args.count == 2, case .string(let name) = args[1] else { return nil }
            guard case .message(let message) = args[0] else { return .error("getField: not a message") }
            return message.field(name) ?? .error("no such field: \(name)")
        },
        "isEmail": string { .bool(ProtovalidateAddressSyntax.isEmail($0)) },
        "isHostname": string { .bool(ProtovalidateAddressSyntax.isHostname($0)) },
        "isUri": string { .bool(ProtovalidateURISyntax.isURI($0)) },
        "isUriRef": string { .bool(ProtovalidateURISyntax.isURIReference($0)) },
        "isIp": { args in
            guard case .string(let s)? = args.first else { return nil }
            switch args.count {
            case 1: return .bool(ProtovalidateAddressSyntax.isIp(s))
            case 2:
                guard case .int(let version) = args[1] else { return nil }
                return .bool(ProtovalidateAddressSyntax.isIp(s, version: version))
            default: return nil
            }
        },
        "isIpPrefix": { args in
            guard case .string(let s)? = args.first else { return nil }
            var version: Int64 = 0
            var strict = false
            for arg in args.dropFirst() {
                switch arg {
                case .int(let v): version = v
                case .bool(let b): strict = b
                default: return nil
                }
            }
            return .bool(ProtovalidateAddressSyntax.isIpPrefix(s, version: version, strict: strict))
        },
        "isHostAndPort": { args in
            guard args.count == 2, case .string(let s) = args[0], case .bool(let portRequired) = args[1] else { return nil }
            return .bool(ProtovalidateAddressSyntax.isHostAndPort(s, portRequired: portRequired))
        },
    ]

    private static func string(_ body: @escaping @Sendable (String) -> CELValue) -> CELInterpreter.Function {
        { args in
            guard args.count == 1, case .string(let s) = args[0] else { return nil }
            return body(s)
        }
    }
}
