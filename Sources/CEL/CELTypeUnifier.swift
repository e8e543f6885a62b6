/// Decides whether an argument's type fits a parameter's, binding the overload's type
/// parameters as it goes, in the manner of cel-go's checker: `dyn` and error fit anything, null
/// fits the nullable types, a wrapper and its primitive fit each other.
struct CELTypeUnifier {
    private(set) var bindings: [String: CELType] = [:]

    mutating func fits(_ argument: CELType, into parameter: CELType) -> Bool {
        if case .parameter(let name) = parameter {
            if let bound = bindings[name] {
                if fits(argument, into: bound) { return true }
                // Widen the binding when the bound type fits the argument instead (e.g. null, then a message).
                if fits(bound, into: argument) { bindings[name] = argument; return true }
                return false
            }
            bindings[name] = argument
            return true
        }
        switch (argument, parameter) {
        case (.dyn, _), (.error, _), (_, .dyn), (_, .error):
            return true
        case (.null, let p):
            return p.isNullable
        case (.list(let a), .list(let p)):
            return fits(a, into: p)
        case (.map(let ak, let av), .map(let pk, let pv)):
            return fits(ak, into: pk) && fits(av, into: pv)
        case (.wrapper(let a), .wrapper(let p)):
            return fits(a, into: p)
        case (.wrapper(let a), let p), (let a, .wrapper(let p)):
            return fits(a, into: p)
        case (.type(let a), .type(let p)):
            guard let a, let p else { return true }
            return fits(a, into: p)
        default:
            return argument == parameter
        }
    }
}
