/// A recursive-descent parser for CEL's grammar (the precedence of the CEL spec, from `?:` down
/// to member access), expanding the standard macros `has`, `all`, `exists`, `exists_one`, `map`
/// and `filter`. It stops at the first syntax error, worded as cel-go's ANTLR parser words it
/// ("mismatched input", "extraneous input", "missing ')'", "no viable alternative").
public struct CELParser {
    private var tokens: [CELToken]
    private var position = 0
    private var depth = 0

    static let reserved: Set<String> = ["as", "break", "const", "continue", "else", "for", "function", "if",
                                        "import", "let", "loop", "package", "namespace", "return", "var",
                                        "void", "while"]
    static let maxDepth = 250
    /// What may begin an expression, in cel-go's words.
    static let expressionStart = "{'[', '{', '(', '.', '-', '!', 'true', 'false', 'null', NUM_FLOAT, NUM_INT, NUM_UINT, STRING, BYTES, IDENTIFIER}"

    public static func parse(_ expression: String) throws(CELIssue) -> CELExpr {
        let (expr, issues) = parseReportingIssues(expression)
        if let first = issues.first { throw first }
        return expr!
    }

    /// The expression, or the syntax errors cel-go reports for it: an unterminated string at
    /// the end (a lexer error), then the parser's first error.
    static func parseReportingIssues(_ expression: String) -> (CELExpr?, [CELIssue]) {
        var lexer = CELLexer(expression)
        let tokens: [CELToken]
        do {
            tokens = try lexer.tokens()
        } catch {
            return (nil, [error])
        }
        let lexerIssues = lexer.unterminated.map { [$0] } ?? []
        var parser = CELParser(tokens: tokens)
        do throws(CELIssue) {
            let expr = try parser.expression()
            guard case .end = parser.current.kind else { throw parser.unexpected("<EOF>", or: "<EOF>") }
            return lexerIssues.isEmpty ? (expr, []) : (nil, lexerIssues)
        } catch {
            return (nil, lexerIssues + [error])
        }
    }

    private init(tokens: [CELToken]) {
        self.tokens = tokens
    }

    private var current: CELToken { tokens[position] }

    private func isSymbol(_ text: String) -> Bool { current.symbol == text }

    private mutating func accept(_ text: String) -> Bool {
        guard isSymbol(text) else { return false }
        position += 1
        return true
    }

    private mutating func expect(_ text: String) throws(CELIssue) {
        guard accept(text) else { throw unexpected("'\(text)'") }
    }

    /// The end of a comma-separated list, where cel-go's parser expects the closing token or
    /// another comma.
    private mutating func expectClosingOrComma(_ closing: String) throws(CELIssue) {
        guard !accept(closing) else { return }
        // A call's arguments end in `')'`, which ANTLR inserts when the input ends there.
        if closing == ")" {
            if current.kind == .end { throw CELIssue("missing ')' at '<EOF>'", at: current.offset) }
            throw unexpected("')'", or: ")")
        }
        throw unexpected("{'\(closing)', ','}", or: closing)
    }

    /// What cel-go's ANTLR parser says when `wanted` is not there: "extraneous input" when
    /// dropping the current token would fix it, else "mismatched input".
    private func unexpected(_ wanted: String, or next: String) -> CELIssue {
        if position + 1 < tokens.count, tokens[position + 1].symbol == next || (next == "<EOF>" && tokens[position + 1].kind == .end) {
            return CELIssue("extraneous input '\(current.description)' expecting \(wanted)", at: current.offset)
        }
        return unexpected(wanted)
    }

    private func unexpected(_ wanted: String) -> CELIssue {
        CELIssue("mismatched input '\(current.description)' expecting \(wanted)", at: current.offset)
    }

    private static func call(_ function: String, _ arguments: [CELExpr], at offset: Int, target: CELExpr? = nil) -> CELExpr {
        CELExpr(.call(function: function, target: target, arguments: arguments), at: offset)
    }

    mutating func expression() throws(CELIssue) -> CELExpr {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else { throw CELIssue("expression recursion limit exceeded", at: current.offset) }
        let condition = try binary(level: 0)
        guard isSymbol("?") else { return condition }
        let at = current.offset
        position += 1
        let then = try binary(level: 0)
        try expect(":")
        let otherwise = try expression()
        return Self.call("_?_:_", [condition, then, otherwise], at: at)
    }

    /// The binary operators by precedence, loosest first.
    private static let levels: [[String: String]] = [
        ["||": "_||_"],
        ["&&": "_&&_"],
        ["<": "_<_", "<=": "_<=_", ">": "_>_", ">=": "_>=_", "==": "_==_", "!=": "_!=_", "in": "@in"],
        ["+": "_+_", "-": "_-_"],
        ["*": "_*_", "/": "_/_", "%": "_%_"],
    ]

    private mutating func binary(level: Int) throws(CELIssue) -> CELExpr {
        guard level < Self.levels.count else { return try unary() }
        var left = try binary(level: level + 1)
        while true {
            let op: String
            switch current.kind {
            case .symbol(let text): op = text
            case .keyword("in"): op = "in"
            default: return left
            }
            guard let function = Self.levels[level][op] else { return left }
            let at = current.offset
            position += 1
            let right = try binary(level: level + 1)
            left = Self.call(function, [left, right], at: at)
        }
    }

    private mutating func unary() throws(CELIssue) -> CELExpr {
        let at = current.offset
        if isSymbol("!") {
            var count = 0
            while accept("!") { count += 1 }
            let operand = try member()
            return count % 2 == 0 ? operand : Self.call("!_", [operand], at: at)
        }
        if isSymbol("-") {
            var count = 0
            while accept("-") { count += 1 }
            // A minus sign directly before a number is part of the literal.
            if count % 2 == 1, let literal = try negativeLiteral(at: at) {
                return try memberSuffix(literal)
            }
            let operand = try member()
            return count % 2 == 0 ? operand : Self.call("-_", [operand], at: at)
        }
        return try member()
    }

    private mutating func negativeLiteral(at: Int) throws(CELIssue) -> CELExpr? {
        switch current.kind {
        case .int(let magnitude):
            guard magnitude <= UInt64(Int64.max) + 1 else { throw CELIssue("invalid int literal", at: current.offset) }
            position += 1
            let value = magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
            return CELExpr(.literal(.int(value)), at: at)
        case .double(let value):
            position += 1
            return CELExpr(.literal(.double(-value)), at: at)
        default:
            return nil
        }
    }

    private mutating func member() throws(CELIssue) -> CELExpr {
        try memberSuffix(try primary())
    }

    private mutating func memberSuffix(_ start: CELExpr) throws(CELIssue) -> CELExpr {
        var expr = start
        while true {
            let at = current.offset
            if accept(".") {
                if case .identifier = current.kind {} else {
                    let text = current.kind == .end ? "" : current.description
                    throw CELIssue("no viable alternative at input '.\(text)'", at: current.offset)
                }
                let name = try identifier()
                if accept("(") {
                    let arguments = try argumentList(closing: ")")
                    expr = try receiverCall(name, target: expr, arguments: arguments, at: at)
                } else {
                    expr = CELExpr(.select(operand: expr, field: name, testOnly: false), at: at)
                }
            } else if accept("[") {
                let index = try expression()
                try expect("]")
                expr = Self.call("_[_]", [expr, index], at: at)
            } else if isSymbol("{"), let typeName = expr.qualifiedName {
                position += 1
                expr = CELExpr(.message(typeName: typeName, fields: try fieldInits()), at: at)
            } else {
                return expr
            }
        }
    }

    private mutating func identifier() throws(CELIssue) -> String {
        guard case .identifier(let name) = current.kind else { throw unexpected("IDENTIFIER") }
        guard !Self.reserved.contains(name) else { throw CELIssue("reserved identifier: \(name)", at: current.offset) }
        position += 1
        return name
    }

    private mutating func argumentList(closing: String) throws(CELIssue) -> [CELExpr] {
        var arguments: [CELExpr] = []
        if accept(closing) { return arguments }
        repeat {
            if closing == "]", isSymbol("]") { break }   // a trailing comma in a list
            arguments.append(try expression())
        } while accept(",")
        try expectClosingOrComma(closing)
        return arguments
    }

    private mutating func fieldInits() throws(CELIssue) -> [CELExpr.FieldInit] {
        var fields: [CELExpr.FieldInit] = []
        if accept("}") { return fields }
        repeat {
            if isSymbol("}") { break }
            let at = current.offset
            let name = try identifier()
            try expect(":")
            fields.append(CELExpr.FieldInit(name: name, value: try expression(), offset: at))
        } while accept(",")
        try expectClosingOrComma("}")
        return fields
    }

    private mutating func primary() throws(CELIssue) -> CELExpr {
        let token = current
        let at = token.offset
        switch token.kind {
        case .int(let magnitude):
            position += 1
            guard magnitude <= UInt64(Int64.max) else { throw CELIssue("invalid int literal", at: at) }
            return CELExpr(.literal(.int(Int64(magnitude))), at: at)
        case .uint(let value): position += 1; return CELExpr(.literal(.uint(value)), at: at)
        case .double(let value): position += 1; return CELExpr(.literal(.double(value)), at: at)
        case .string(let value): position += 1; return CELExpr(.literal(.string(value)), at: at)
        case .bytes(let value): position += 1; return CELExpr(.literal(.bytes(value)), at: at)
        case .keyword("true"): position += 1; return CELExpr(.literal(.bool(true)), at: at)
        case .keyword("false"): position += 1; return CELExpr(.literal(.bool(false)), at: at)
        case .keyword("null"): position += 1; return CELExpr(.literal(.null), at: at)
        case .identifier:
            let name = try identifier()
            if accept("(") { return try globalCall(name, arguments: try argumentList(closing: ")"), at: at) }
            return CELExpr(.identifier(name), at: at)
        case .symbol("."):
            position += 1
            let name = try identifier()
            if accept("(") { return try globalCall("." + name, arguments: try argumentList(closing: ")"), at: at) }
            return CELExpr(.identifier("." + name), at: at)
        case .symbol("("):
            position += 1
            let inner = try expression()
            // ANTLR inserts a missing token when what follows fits after it: at the end.
            if current.kind == .end { throw CELIssue("missing ')' at '<EOF>'", at: current.offset) }
            guard accept(")") else { throw unexpected("')'", or: ")") }
            return inner
        case .symbol("["):
            position += 1
            return CELExpr(.list(try argumentList(closing: "]")), at: at)
        case .symbol("{"):
            position += 1
            return CELExpr(.map(try mapEntries()), at: at)
        default:
            // ANTLR, which cel-go's parser is built with, calls a stray token that it could
            // delete to go on "extraneous".
            if position + 1 < tokens.count, tokens[position + 1].canStartExpression {
                throw CELIssue("extraneous input '\(current.description)' expecting \(Self.expressionStart)", at: current.offset)
            }
            throw unexpected(Self.expressionStart)
        }
    }

    private mutating func mapEntries() throws(CELIssue) -> [CELExpr.MapEntry] {
        var entries: [CELExpr.MapEntry] = []
        if accept("}") { return entries }
        repeat {
            if isSymbol("}") { break }
            let key = try expression()
            try expect(":")
            entries.append(CELExpr.MapEntry(key: key, value: try expression()))
        } while accept(",")
        try expectClosingOrComma("}")
        return entries
    }

    /// `has(a.b)` becomes a test-only select; other global calls stay calls.
    private func globalCall(_ name: String, arguments: [CELExpr], at: Int) throws(CELIssue) -> CELExpr {
        guard name == "has", arguments.count == 1 else { return Self.call(name, arguments, at: at) }
        guard case .select(let operand, let field, false) = arguments[0].kind else {
            throw CELIssue("invalid argument to has() macro", at: arguments[0].offset)
        }
        return CELExpr(.select(operand: operand, field: field, testOnly: true), at: at)
    }

    /// The comprehension macros; any other member call stays a call.
    private func receiverCall(_ name: String, target: CELExpr, arguments: [CELExpr], at: Int) throws(CELIssue) -> CELExpr {
        let macro: CELComprehension.Macro?
        switch (name, arguments.count) {
        case ("all", 2): macro = .all
        case ("exists", 2): macro = .exists
        case ("exists_one", 2): macro = .existsOne
        case ("filter", 2): macro = .filter
        case ("map", 2), ("map", 3): macro = .map
        default: macro = nil
        }
        guard let macro else { return Self.call(name, arguments, at: at, target: target) }
        guard case .identifier(let variable) = arguments[0].kind, !variable.hasPrefix(".") else {
            throw CELIssue("argument must be a simple name", at: arguments[0].offset)
        }
        let comprehension: CELComprehension
        if macro == .map {
            comprehension = CELComprehension(macro: .map, range: target, variable: variable,
                                             predicate: arguments.count == 3 ? arguments[1] : nil,
                                             transform: arguments[arguments.count - 1])
        } else {
            comprehension = CELComprehension(macro: macro, range: target, variable: variable,
                                             predicate: arguments[1], transform: nil)
        }
        return CELExpr(.comprehension(comprehension), at: at)
    }
}
