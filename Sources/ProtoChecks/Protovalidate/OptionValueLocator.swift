import ProtoSchema

/// Finds a field inside an option's `{ ... }` value in the source text. protoc records one place
/// for `(buf.validate.field).int32 = {gte: 5, lte: 5}`; buf's compiler also records `gte: 5` and
/// `lte: 5`, and buf puts findings there. This reads the value the way the text format is
/// written (names, `:`, scalars, strings, nested `{ }` and `[ ]` lists, comments).
struct OptionValueLocator {
    /// One field to descend into: its name, and for a repeated field which element.
    struct Step {
        let name: String
        let index: Int?
        /// A repeated scalar has no place per element in buf's compiler (neither on separate
        /// lines nor inside `[ ... ]`); buf then points at the enclosing value.
        let isScalar: Bool
    }

    private typealias Token = SourceToken

    private let text: SourceText

    init(text: SourceText) {
        self.text = text
    }

    /// The steps a path of field numbers (and indices, after a repeated field) takes from a
    /// message, and the message it ends in (nil after a scalar); nil when a number is unknown.
    static func walk(_ numbers: [Int32], from message: String?, schema: Schema) -> (steps: [Step], message: String?)? {
        var steps: [Step] = []
        var current = message
        var i = 0
        while i < numbers.count {
            guard let name = current, let field = schema.messagesByName[name]?.field(number: numbers[i]) else { return nil }
            var index: Int?
            if field.isRepeated, i + 1 < numbers.count {
                index = Int(numbers[i + 1])
                i += 1
            }
            steps.append(Step(name: field.name, index: index, isScalar: field.type != .message && field.type != .group))
            current = field.type == .message ? field.typeName : nil
            i += 1
        }
        return (steps, current)
    }

    /// The span of the field the steps lead to, inside the option whose span is given.
    func locate(_ steps: [Step]?, inside span: SourceSpan) -> SourceSpan? {
        guard let steps, !steps.isEmpty else { return nil }
        let tokens = tokenize(span)
        guard let body = descend(steps, tokens) else { return nil }
        // The deepest step found: where the finding goes when a later step has no place.
        guard body.reachedAll else { return body.deepest }
        // An element of a repeated message has its own place; a singular message value has
        // none in buf's compiler: buf points at the first field written inside it.
        if steps.last?.index != nil { return body.deepest }
        var inner = body.start
        while inner < tokens.count, tokens[inner].kind == .name {
            var valueStart = inner + 1
            if valueStart < tokens.count, tokens[valueStart].kind == .colon { valueStart += 1 }
            guard valueStart < tokens.count else { break }
            guard tokens[valueStart].text == "{" else {
                return spanOf(tokens, inner, valueStart)
            }
            inner = valueStart + 1
        }
        return body.deepest
    }

    /// Where each element of the repeated scalar field `name` is written inside an option's
    /// `{ ... }` value, after descending the steps to the message holding it: an entry
    /// `name: value` is one element at the entry; `name: [a, b]` is several, and buf's compiler
    /// records only the first (at the whole entry). Also the place of the holding message, where
    /// buf puts the elements it has no place for.
    func elements(named name: String, after steps: [Step], inside span: SourceSpan) -> (elements: [SourceSpan?], holder: SourceSpan) {
        let tokens = tokenize(span)
        guard let body = descend(steps, tokens) else { return ([], span) }
        let holder = body.deepest ?? span
        guard body.reachedAll else { return ([], holder) }
        var elements: [SourceSpan?] = []
        for entry in entries(tokens, from: body.start) where tokens[entry.name].text == name {
            if tokens[entry.valueStart].text == "[" {
                let count = tokens[(entry.valueStart + 1)..<entry.valueEnd].filter { $0.kind != .separator }.count
                elements += [spanOf(tokens, entry.name, entry.valueEnd)] + Array(repeating: nil, count: max(0, count - 1))
            } else {
                elements.append(spanOf(tokens, entry.name, entry.valueEnd))
            }
        }
        return (elements, holder)
    }

    /// Follows the steps from the option's `{ ... }` value (the first `{` after its `=`) down
    /// through message values: the first token of the body reached, the place of the last step
    /// found, and whether every step was found with a message value. Nil without a `{ ... }` value.
    private func descend(_ steps: [Step], _ tokens: [Token]) -> (start: Int, deepest: SourceSpan?, reachedAll: Bool)? {
        guard let equals = tokens.firstIndex(where: { $0.kind == .equals }), equals + 1 < tokens.count,
              tokens[equals + 1].text == "{" else { return nil }
        var start = equals + 2
        var deepest: SourceSpan?
        for step in steps {
            guard let (nameIndex, valueStart, valueEnd) = find(step, in: tokens, from: start) else { return (start, deepest, false) }
            deepest = spanOf(tokens, nameIndex, valueEnd)
            guard tokens[valueStart].text == "{" else { return (start, deepest, false) }
            start = valueStart + 1
        }
        return (start, deepest, true)
    }

    /// The entries `name: value` of the message body that starts at `from`, up to its closing
    /// brace: the name's token, and where the value starts and ends.
    private func entries(_ tokens: [Token], from: Int) -> [(name: Int, valueStart: Int, valueEnd: Int)] {
        var out: [(name: Int, valueStart: Int, valueEnd: Int)] = []
        var i = from
        while i < tokens.count, tokens[i].kind != .close {
            // `[pkg.ext]: value` names an extension: skip the name; its value follows a colon.
            if tokens[i].kind == .open { i = matching(tokens, i) + 1; continue }
            // A name after a colon is a value (an enum constant, `true`), not a field.
            guard tokens[i].kind == .name, i == from || tokens[i - 1].kind != .colon else { i += 1; continue }
            var valueStart = i + 1
            if valueStart < tokens.count, tokens[valueStart].kind == .colon { valueStart += 1 }
            guard valueStart < tokens.count else { break }
            let valueEnd = tokens[valueStart].kind == .open ? matching(tokens, valueStart) : valueStart
            out.append((i, valueStart, valueEnd))
            i = valueEnd + 1
        }
        return out
    }

    private func spanOf(_ tokens: [Token], _ first: Int, _ last: Int) -> SourceSpan {
        SourceSpan(startLine: tokens[first].start.line, startColumn: tokens[first].start.column,
                   endLine: tokens[last].end.line, endColumn: tokens[last].end.column)
    }

    /// In the message body starting at `from`: the token of the step's name (or list element),
    /// and where its value starts and ends.
    private func find(_ step: Step, in tokens: [Token], from: Int) -> (Int, Int, Int)? {
        var seen = 0
        for entry in entries(tokens, from: from) where tokens[entry.name].text == step.name {
            if step.index != nil, step.isScalar { return nil }
            if tokens[entry.valueStart].text == "[", !step.isScalar {
                // A list: its elements are the field's next occurrences.
                var j = entry.valueStart + 1
                while j < entry.valueEnd {
                    let elementEnd = tokens[j].kind == .open ? matching(tokens, j) : j
                    if seen == (step.index ?? 0) { return (j, j, elementEnd) }
                    seen += 1
                    j = elementEnd + 1
                    if j < entry.valueEnd, tokens[j].kind == .separator { j += 1 }
                }
            } else {
                if seen == (step.index ?? 0) { return (entry.name, entry.valueStart, entry.valueEnd) }
                seen += 1
            }
        }
        return nil
    }

    private func matching(_ tokens: [Token], _ open: Int) -> Int {
        var depth = 0
        for j in open..<tokens.count {
            if tokens[j].kind == .open { depth += 1 }
            if tokens[j].kind == .close {
                depth -= 1
                if depth == 0 { return j }
            }
        }
        return tokens.count - 1
    }

    private func tokenize(_ span: SourceSpan) -> [Token] { text.tokens(in: span) }
}
