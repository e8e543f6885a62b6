/// The declarations an expression is checked against: variables, functions and the protobuf
/// types it can see.
public struct CELEnvironment {
    public var variables: [String: CELType]
    public var functions: [String: [CELOverload]]
    public var types: (any CELTypeProvider)?

    public init(variables: [String: CELType] = [:], functions: [String: [CELOverload]] = CELStandardLibrary.functions,
                types: (any CELTypeProvider)? = nil) {
        self.variables = variables
        self.functions = functions
        self.types = types
    }

    public mutating func declare(_ function: String, _ overloads: [CELOverload]) {
        functions[function, default: []] += overloads
    }

    /// Parses and type-checks an expression: its type, or the issues that stop it.
    public func compile(_ expression: String) -> CELCompilation {
        let (expr, syntaxIssues) = CELParser.parseReportingIssues(expression)
        guard let parsed = expr else { return CELCompilation(type: nil, issues: syntaxIssues, expression: nil) }
        var checker = CELChecker(environment: self)
        let type = checker.check(parsed)
        return checker.issues.isEmpty
            ? CELCompilation(type: type, issues: [], expression: parsed)
            : CELCompilation(type: nil, issues: checker.issues, expression: parsed)
    }
}

/// The outcome of compiling an expression: its type when it checks, else its issues.
public struct CELCompilation {
    public let type: CELType?
    public let issues: [CELIssue]
    /// The parsed expression, for `CELInterpreter`; nil after a syntax error.
    public let expression: CELExpr?

    /// Whether the expression parsed and type-checked.
    public var succeeded: Bool { type != nil }
}
