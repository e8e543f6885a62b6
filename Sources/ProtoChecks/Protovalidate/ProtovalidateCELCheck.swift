import Foundation
import CEL

/// The checks on a list of protovalidate CEL rules (`cel = {id, message, expression}`) and of
/// bare expressions (`cel_expression`): ids use only `[A-Za-z0-9._-]` and are unique, each
/// expression is non-empty, compiles, and gives a bool or a string (a string carries its own
/// message, so a `message` beside it is redundant).
struct ProtovalidateCELCheck {
    let environment: CELEnvironment
    /// `field "name"`, `message "Name"` or `extension field`.
    let parentName: String
    /// The same, capitalised.
    let parentTitle: String

    /// `rules` are the encoded `buf.validate.Rule`s; `report` takes a rule's index.
    func check(rules: [WireFields], celName: String, report: (Int, String) -> Void) {
        var indicesByID: [String: [Int]] = [:]
        var order: [String] = []
        for (index, rule) in rules.enumerated() {
            let id = rule.string(1) ?? ""
            if !id.isEmpty {
                if !id.unicodeScalars.allSatisfy(Self.isIDCharacter) {
                    report(index, "\(parentTitle) has invalid characters for \(celName).id. IDs must contain only characters a-z, A-Z, 0-9, '.', '_', '-'.")
                }
                if indicesByID[id] == nil { order.append(id) }
                indicesByID[id, default: []].append(index)
            }
            checkExpression(rule.string(3) ?? "", message: rule.string(2) ?? "", celName: celName,
                            expressionName: "\(celName).expression") { report(index, $0) }
        }
        for id in order {
            guard let indices = indicesByID[id], indices.count > 1 else { continue }
            for index in indices {
                report(index, "\(celName).id (\"\(id)\") is not unique within \(parentName).")
            }
        }
    }

    /// `cel_expression` entries: expressions with no id or message of their own.
    func check(expressions: [String], celName: String, report: (Int, String) -> Void) {
        for (index, expression) in expressions.enumerated() {
            checkExpression(expression, message: "", celName: celName, expressionName: celName) { report(index, $0) }
        }
    }

    /// `expressionName` names the expression in messages: `<celName>.expression` for a rule,
    /// `<celName>` itself for a bare `cel_expression`.
    private func checkExpression(_ expression: String, message: String, celName: String, expressionName: String,
                                 report: (String) -> Void) {
        guard !expression.trimmingWhitespace.isEmpty else {
            report("\(parentTitle) has an empty \(expressionName). Expressions should always be specified.")
            return
        }
        let compiled = environment.compile(expression)
        guard let type = compiled.type else {
            for issue in compiled.issues {
                // buf 1.75 quotes cel-go's message alone, without the expression and caret.
                report("\(expressionName) on \(parentName) fails to compile: \(issue.message)")
            }
            return
        }
        if Self.fits(type, .bool) { return }
        if Self.fits(type, .string) {
            if !message.isEmpty {
                report("\(parentTitle) has a \(celName) with an expression that evaluates to a string, and also has a message. The message is redundant - since the expression evaluates to a string, its result will be printed instead of the message, so the message should be removed.")
            }
            return
        }
        report("\(expressionName) on \(parentName) evaluates to a \(Self.formatted(type)), only string and boolean are allowed.")
    }

    /// Whether a value of `wanted` may be assigned to the output type (`dyn` takes anything).
    private static func fits(_ type: CELType, _ wanted: CELType) -> Bool {
        type == wanted || type == .dyn || type == .wrapper(wanted)
    }

    /// cel-go's short names of types in messages.
    private static func formatted(_ type: CELType) -> String {
        switch type {
        case .timestamp: return "timestamp"
        case .duration: return "duration"
        case .null: return "null"
        default: return type.description
        }
    }

    private static func isIDCharacter(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "_" || c == "-" || c == "."
    }
}

private extension String {
    var trimmingWhitespace: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return self[first...last]
    }
}
