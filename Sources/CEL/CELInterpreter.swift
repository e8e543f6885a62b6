/// Evaluates a parsed CEL expression against values for its variables. Evaluation is dynamic:
/// the expression is expected to have passed the checker, and anything that still goes wrong
/// (a missing key, an overflow, a function with no overload for the values) gives an error
/// value, as CEL specifies.
public struct CELInterpreter: Sendable {
    /// A function outside the standard library; a member call passes its receiver first.
    /// Returns nil when it has no overload for the arguments.
    public typealias Function = @Sendable ([CELValue]) -> CELValue?

    public var variables: [String: CELValue]
    public var functions: [String: Function]
    /// Qualified names that are not variables: enum values and the like.
    public var constants: @Sendable (String) -> CELValue?

    public init(variables: [String: CELValue], functions: [String: Function] = [:],
                constants: @escaping @Sendable (String) -> CELValue? = { _ in nil }) {
        self.variables = variables
        self.functions = functions
        self.constants = constants
    }

    public func evaluate(_ expr: CELExpr) -> CELValue {
        evaluate(expr, locals: [:])
    }

    private func evaluate(_ expr: CELExpr, locals: [String: CELValue]) -> CELValue {
        switch expr.kind {
        case .literal(let literal):
            switch literal {
            case .bool(let v): return .bool(v)
            case .int(let v): return .int(v)
            case .uint(let v): return .uint(v)
            case .double(let v): return .double(v)
            case .string(let v): return .string(v)
            case .bytes(let v): return .bytes(v)
            case .null: return .null
            }
        case .identifier(let name):
            return lookup(name, locals: locals) ?? .error("undeclared reference to '\(name)'")
        case .select(let operand, let field, let testOnly):
            if !testOnly, let name = expr.qualifiedName, let root = name.split(separator: ".").first,
               locals[String(root)] == nil, variables[String(root)] == nil, let value = lookup(name, locals: locals) {
                return value
            }
            return select(evaluate(operand, locals: locals), field: field, testOnly: testOnly)
        case .call(let function, let target, let arguments):
            return call(function, target: target, arguments: arguments, locals: locals)
        case .list(let elements):
            var values: [CELValue] = []
            for element in elements {
                let value = evaluate(element, locals: locals)
                if value.errorMessage != nil { return value }
                values.append(value)
            }
            return .list(values)
        case .map(let entries):
            var pairs: [(key: CELValue, value: CELValue)] = []
            for entry in entries {
                let key = evaluate(entry.key, locals: locals)
                let value = evaluate(entry.value, locals: locals)
                if key.errorMessage != nil { return key }
                if value.errorMessage != nil { return value }
                if pairs.contains(where: { CELOperators.equals($0.key, key) }) {
                    return .error("Failed with repeated key")
                }
                pairs.append((key, value))
            }
            return .map(pairs)
        case .message(let typeName, _):
            return .error("creating messages is not supported: \(typeName)")
        case .comprehension(let comprehension):
            return evaluate(comprehension, locals: locals)
        }
    }

    private func lookup(_ name: String, locals: [String: CELValue]) -> CELValue? {
        if !name.hasPrefix("."), let value = locals[name] { return value }
        let global = name.hasPrefix(".") ? String(name.dropFirst()) : name
        if let value = variables[global] { return value }
        if CELStandardLibrary.typeIdentifiers[global] != nil { return .type(global) }
        return constants(global)
    }

    private func select(_ operand: CELValue, field: String, testOnly: Bool) -> CELValue {
        switch operand {
        case .error:
            return operand
        case .message(let message):
            if testOnly { return message.has(field).map(CELValue.bool) ?? .error("no such field '\(field)'") }
            return message.field(field) ?? .error("no such field '\(field)'")
        case .map(let pairs):
            let value = pairs.first { CELOperators.equals($0.key, .string(field)) }?.value
            if testOnly { return .bool(value != nil) }
            return value ?? .error("no such key: \(field)")
        default:
            return .error("type '\(operand.typeName)' does not support field selection")
        }
    }

    private func call(_ function: String, target: CELExpr?, arguments: [CELExpr], locals: [String: CELValue]) -> CELValue {
        switch function {
        case "_&&_", "_||_":
            return logical(function == "_&&_", arguments, locals: locals)
        case "_?_:_":
            let condition = evaluate(arguments[0], locals: locals)
            guard case .bool(let chosen) = condition else {
                return condition.errorMessage != nil ? condition : .error("no matching overload for '_?_:_'")
            }
            return evaluate(arguments[chosen ? 1 : 2], locals: locals)
        default:
            break
        }
        // `strings.quote(x)`: a qualified global function written like a member call.
        var name = function
        var receiver = target
        if let target, let prefix = target.qualifiedName, lookup(String(prefix.split(separator: ".")[0]), locals: locals) == nil {
            name = "\(prefix).\(function)"
            receiver = nil
        }
        var values: [CELValue] = []
        for argument in (receiver.map { [$0] } ?? []) + arguments {
            let value = evaluate(argument, locals: locals)
            if value.errorMessage != nil { return value }
            values.append(value)
        }
        if let custom = functions[name], let result = custom(values) { return result }
        if let result = CELRuntimeLibrary.call(name, values, member: receiver != nil) { return result }
        let shown = values.map(\.typeName).joined(separator: ", ")
        return .error("no such overload: \(name)(\(shown))")
    }

    /// `&&` and `||`, commutative over errors: `false && error` is false, as is `error && false`.
    private func logical(_ isAnd: Bool, _ arguments: [CELExpr], locals: [String: CELValue]) -> CELValue {
        let deciding = !isAnd
        var firstError: CELValue?
        for argument in arguments {
            let value = evaluate(argument, locals: locals)
            switch value {
            case .bool(let b) where b == deciding: return .bool(deciding)
            case .bool: continue
            case .error: firstError = firstError ?? value
            default: firstError = firstError ?? .error("no matching overload for logical operator")
            }
        }
        return firstError ?? .bool(!deciding)
    }

    private func evaluate(_ comprehension: CELComprehension, locals: [String: CELValue]) -> CELValue {
        let range = evaluate(comprehension.range, locals: locals)
        let items: [CELValue]
        switch range {
        case .list(let values): items = values
        case .map(let pairs): items = pairs.map(\.key)
        case .error: return range
        default: return .error("cannot be range of a comprehension: \(range.typeName)")
        }
        var scope = locals
        func run(_ expr: CELExpr?, _ item: CELValue) -> CELValue {
            guard let expr else { return .bool(true) }
            scope[comprehension.variable] = item
            return evaluate(expr, locals: scope)
        }
        switch comprehension.macro {
        case .all, .exists:
            let deciding = comprehension.macro == .exists
            var firstError: CELValue?
            for item in items {
                switch run(comprehension.predicate, item) {
                case .bool(let b) where b == deciding: return .bool(deciding)
                case .bool: continue
                case let other: firstError = firstError ?? (other.errorMessage != nil ? other : .error("predicate is not a bool"))
                }
            }
            return firstError ?? .bool(!deciding)
        case .existsOne:
            var count = 0
            for item in items {
                switch run(comprehension.predicate, item) {
                case .bool(let b): count += b ? 1 : 0
                case let other: return other.errorMessage != nil ? other : .error("predicate is not a bool")
                }
            }
            return .bool(count == 1)
        case .filter, .map:
            var results: [CELValue] = []
            for item in items {
                if let predicate = comprehension.predicate {
                    let keep = run(predicate, item)
                    if keep.errorMessage != nil { return keep }
                    guard case .bool(let b) = keep else { return .error("predicate is not a bool") }
                    if !b { continue }
                }
                guard comprehension.macro == .map else { results.append(item); continue }
                let value = run(comprehension.transform, item)
                if value.errorMessage != nil { return value }
                results.append(value)
            }
            return .list(results)
        }
    }
}
