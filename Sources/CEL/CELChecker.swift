/// Type-checks a parsed expression against an environment, collecting one issue per mistake:
/// a mistake's expression gets the error type, which fits anywhere, so it is not reported again
/// by the expressions around it.
struct CELChecker {
    let environment: CELEnvironment
    private(set) var issues: [CELIssue] = []
    /// Comprehension variables, innermost last.
    private var scopes: [[String: CELType]] = []

    init(environment: CELEnvironment) {
        self.environment = environment
    }

    private mutating func fail(_ message: String, at offset: Int) -> CELType {
        issues.append(CELIssue(message, at: offset))
        return .error
    }

    mutating func check(_ expr: CELExpr) -> CELType {
        switch expr.kind {
        case .literal(let literal):
            switch literal {
            case .bool: return .bool
            case .int: return .int
            case .uint: return .uint
            case .double: return .double
            case .string: return .string
            case .bytes: return .bytes
            case .null: return .null
            }
        case .identifier(let name):
            return identifier(name, at: expr.offset)
        case .select(let operand, let field, let testOnly):
            return select(expr, operand: operand, field: field, testOnly: testOnly)
        case .call(let function, let target, let arguments):
            return call(function, target: target, arguments: arguments, at: expr.offset)
        case .list(let elements):
            return .list(join(elements.map { check($0) }))
        case .map(let entries):
            let keys = entries.map { check($0.key) }
            let values = entries.map { check($0.value) }
            return .map(join(keys), join(values))
        case .message(let typeName, let fields):
            return message(typeName, fields: fields, at: expr.offset)
        case .comprehension(let comprehension):
            return self.comprehension(comprehension, at: expr.offset)
        }
    }

    /// The common type of a literal's elements, `dyn` when they differ.
    private func join(_ types: [CELType]) -> CELType {
        let known = types.filter { $0 != .error }
        guard let first = known.first else { return types.isEmpty ? .dyn : .error }
        return known.allSatisfy { $0 == first } ? first : .dyn
    }

    private func local(_ name: String) -> CELType? {
        for scope in scopes.reversed() { if let type = scope[name] { return type } }
        return nil
    }

    /// A declared name: a comprehension variable, a variable, a type, a message or an enum value.
    private func resolve(_ name: String) -> CELType? {
        if !name.hasPrefix("."), let type = local(name) { return type }
        let global = name.hasPrefix(".") ? String(name.dropFirst()) : name
        if let type = environment.variables[global] { return type }
        if let type = CELStandardLibrary.typeIdentifiers[global] { return type }
        if let types = environment.types {
            if types.isEnumValue(global) { return .int }
            if types.messageExists(global) { return .type(CELType.forMessage(global)) }
        }
        return nil
    }

    private mutating func identifier(_ name: String, at offset: Int) -> CELType {
        if let type = resolve(name) { return type }
        let shown = name.hasPrefix(".") ? String(name.dropFirst()) : name
        return fail("undeclared reference to '\(shown)' (in container '')", at: offset)
    }

    private mutating func select(_ expr: CELExpr, operand: CELExpr, field: String, testOnly: Bool) -> CELType {
        // `a.b.c` may be one qualified name (an enum value, a type), unless `a` is a variable.
        if !testOnly, let name = expr.qualifiedName, let root = name.split(separator: ".").first,
           local(String(root)) == nil, environment.variables[String(root)] == nil, let type = resolve(name) {
            return type
        }
        let operandType = check(operand)
        let fieldType: CELType
        switch operandType {
        case .error:
            return .error
        case .dyn, .any:
            fieldType = .dyn
        case .map(_, let value):
            fieldType = value
        case .message(let name):
            guard let type = environment.types?.fieldType(message: name, field: field) else {
                return fail("undefined field '\(field)'", at: expr.offset)
            }
            fieldType = type
        default:
            return fail("type '\(operandType)' does not support field selection", at: expr.offset)
        }
        return testOnly ? .bool : fieldType
    }

    private mutating func call(_ function: String, target: CELExpr?, arguments: [CELExpr], at offset: Int) -> CELType {
        // `strings.quote(x)`: a qualified global function written like a member call.
        if let target, let prefix = target.qualifiedName, environment.functions["\(prefix).\(function)"] != nil,
           resolve(String(prefix.split(separator: ".")[0])) == nil {
            return call("\(prefix).\(function)", target: nil, arguments: arguments, at: offset)
        }
        let receiverType = target.map { check($0) }
        let argumentTypes = arguments.map { check($0) }
        guard let overloads = environment.functions[function] else {
            return fail("undeclared reference to '\(function)' (in container '')", at: offset)
        }
        let types = (receiverType.map { [$0] } ?? []) + argumentTypes
        var result: CELType?
        for overload in overloads where overload.isMember == (target != nil) && overload.parameters.count == types.count {
            var unifier = CELTypeUnifier()
            guard zip(types, overload.parameters).allSatisfy({ unifier.fits($0, into: $1) }) else { continue }
            let candidate = overload.result.substituting(unifier.bindings)
            result = result.map { $0 == candidate ? $0 : .dyn } ?? candidate
        }
        if let result { return result }
        let shown = argumentTypes.map { $0.description }.joined(separator: ", ")
        let applied = receiverType.map { "\($0).(\(shown))" } ?? "(\(shown))"
        return fail("found no matching overload for '\(function)' applied to '\(applied)'", at: offset)
    }

    private mutating func message(_ typeName: String, fields: [CELExpr.FieldInit], at offset: Int) -> CELType {
        let name = typeName.hasPrefix(".") ? String(typeName.dropFirst()) : typeName
        guard let types = environment.types, types.messageExists(name) else {
            fields.forEach { _ = check($0.value) }
            return fail("undeclared reference to '\(name)' (in container '')", at: offset)
        }
        for field in fields {
            let valueType = check(field.value)
            guard let fieldType = types.fieldType(message: name, field: field.name) else {
                _ = fail("undefined field '\(field.name)'", at: field.offset)
                continue
            }
            var unifier = CELTypeUnifier()
            if !unifier.fits(valueType, into: fieldType) {
                _ = fail("expected type of field '\(field.name)' is '\(fieldType)' but provided type is '\(valueType)'", at: field.offset)
            }
        }
        return CELType.forMessage(name)
    }

    private mutating func comprehension(_ c: CELComprehension, at offset: Int) -> CELType {
        let rangeType = check(c.range)
        let variableType: CELType
        switch rangeType {
        case .list(let element): variableType = element
        case .map(let key, _): variableType = key
        case .dyn, .any, .error: variableType = rangeType == .error ? .error : .dyn
        default:
            variableType = fail("expression of type '\(rangeType)' cannot be range of a comprehension (must be list, map, or dynamic)",
                                at: c.range.offset)
        }
        scopes.append([c.variable: variableType])
        defer { scopes.removeLast() }
        let predicateType = c.predicate.map { check($0) }
        var predicateFits = true
        if let predicateType {
            var unifier = CELTypeUnifier()
            predicateFits = unifier.fits(predicateType, into: .bool)
        }
        switch c.macro {
        case .all, .exists:
            if !predicateFits {
                return fail("found no matching overload for '@not_strictly_false' applied to '(\(predicateType!))'", at: offset)
            }
            return .bool
        case .existsOne:
            if !predicateFits {
                return fail("found no matching overload for '_?_:_' applied to '(\(predicateType!), int, int)'", at: offset)
            }
            return .bool
        case .filter:
            let list = CELType.list(variableType)
            if !predicateFits {
                return fail("found no matching overload for '_?_:_' applied to '(\(predicateType!), \(list), \(list))'", at: offset)
            }
            return list
        case .map:
            let transformType = c.transform.map { check($0) } ?? .dyn
            let list = CELType.list(transformType)
            if !predicateFits {
                return fail("found no matching overload for '_?_:_' applied to '(\(predicateType!), \(list), \(list))'", at: offset)
            }
            return list
        }
    }
}
