import CEL

/// The CEL environment protovalidate's expressions are checked in: the standard library, cel-go's
/// string extensions, protovalidate's own functions, and the variable `now`.
enum ProtovalidateCELEnvironment {
    static let functions: [String: [CELOverload]] = {
        var f = CELStandardLibrary.functions
        func member(_ name: String, _ parameters: [CELType], _ result: CELType = .bool) {
            f[name, default: []].append(CELOverload(member: true, parameters, result))
        }
        for element: CELType in [.bool, .int, .uint, .double, .string, .bytes] { member("unique", [.list(element)]) }
        f["getField", default: []].append(CELOverload([.dyn, .string], .dyn))
        member("isNan", [.double])
        member("isInf", [.double])
        member("isInf", [.double, .int])
        for name in ["isHostname", "isEmail", "isUri", "isUriRef"] { member(name, [.string]) }
        member("isIp", [.string])
        member("isIp", [.string, .int])
        member("isIpPrefix", [.string])
        member("isIpPrefix", [.string, .int])
        member("isIpPrefix", [.string, .bool])
        member("isIpPrefix", [.string, .int, .bool])
        member("isHostAndPort", [.string, .bool])
        for name in ["contains", "startsWith", "endsWith"] { member(name, [.bytes, .bytes]) }
        return f
    }()

    /// `rule` and `rules` are declared for predefined rules: the extension's value and the
    /// rules message it extends.
    static func make(this: CELType, rule: CELType? = nil, rules: CELType? = nil, types: SchemaCELTypes) -> CELEnvironment {
        var variables: [String: CELType] = ["this": this, "now": .timestamp]
        if let rule { variables["rule"] = rule }
        if let rules { variables["rules"] = rules }
        return CELEnvironment(variables: variables, functions: functions, types: types)
    }
}
