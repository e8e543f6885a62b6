import CEL
import ProtoSchema

/// Each `example` of a rule kind (`(buf.validate.field).int32.example = 7`) must pass the
/// field's rules, as buf checks it: the example is validated as the field's value (a list
/// item's, a map key's or value's) by protovalidate's standard rules, the predefined rules set
/// beside it, the field's own CEL rules, `required` and `ignore`; each violation is a finding on
/// the example.
struct ProtovalidateExampleCheck {
    enum Place { case field, item, key, value }

    let runtime: ProtovalidateRuntime
    /// The field rules at this level (the items', keys' or values' for those places).
    let rules: WireFields
    let kind: Int
    let kindRules: WireFields
    /// The field whose values the rules are about (a map entry's key or value field for maps).
    let target: SchemaField
    let place: Place
    let tracksPresence: Bool
    /// Reports at paths inside the kind's rules (`[exampleNumber, index]`).
    let reporter: ProtovalidateReporter

    private typealias O = ProtovalidateOptions

    /// One failed rule: its id and message.
    struct Violation: Equatable {
        let id: String
        let message: String
    }

    /// A rule set beside the examples: a field of the kind's rules message (or a predefined
    /// rule's extension), its value, and the CEL rules it carries.
    private struct SetRule {
        let value: CELValue
        let cel: [(rule: WireFields, expr: CELExpr)]
        /// `enum.defined_only`, which protovalidate checks natively rather than in CEL.
        let isDefinedOnly: Bool
    }

    func run() {
        guard let rulesMessage = runtime.rulesMessage(kind: kind), let example = rulesMessage.field(named: "example") else { return }
        let exampleNumber = Int(example.number)
        guard !rules.messages(O.Field.cel).isEmpty || kindRules.numbers.contains(where: { $0 != exampleNumber }) else { return }
        guard case .list(let examples) = runtime.decoder.value(of: example, in: kindRules),
              let fieldRules = compiledFieldCEL() else { return }
        let rulesValue = CELValue.message(ProtovalidateCELMessage(descriptor: rulesMessage, wire: kindRules, decoder: runtime.decoder))
        let setRules = self.setRules(rulesMessage)
        for (index, value) in examples.enumerated() {
            let shown = ProtovalidateGoText.value(value, isFloat32: kind == 1)
            for violation in validate(value, setRules, fieldRules, rulesValue: rulesValue) {
                reporter.report([Int32(exampleNumber), Int32(index)],
                                "\"\(shown)\" is an example value but does not satisfy rule \"\(violation.id)\": \(violation.message)")
            }
        }
    }

    /// The rules set in the kind's rules message, in field-number order, with their CEL parsed.
    private func setRules(_ rulesMessage: SchemaMessage) -> [SetRule] {
        kindRules.numbers.sorted().compactMap { number -> SetRule? in
            guard let field = rulesMessage.field(number: Int32(number))
                ?? runtime.extensionField(of: rulesMessage.fullName, number: Int32(number)) else { return nil }
            let value = runtime.decoder.value(of: field, in: kindRules)
            if rulesMessage.fullName == "buf.validate.EnumRules", field.name == "defined_only" {
                return SetRule(value: value, cel: [], isDefinedOnly: true)
            }
            let cel = Protovalidate.rules(field.descriptor.options.unknownFields.data, O.predefinedExtension)?.messages(1) ?? []
            return SetRule(value: value, cel: cel.compactMap { rule in runtime.expression(rule.string(3) ?? "").map { (rule, $0) } },
                           isDefinedOnly: false)
        }
    }

    /// The field's own `cel` rules, compiled; nil when one does not compile (buf then checks
    /// none of the field's examples; the CEL findings say what is wrong). buf 1.75 does not run
    /// `cel_expression` rules on examples (its protovalidate predates them), nor does this.
    private func compiledFieldCEL() -> [(rule: WireFields, expr: CELExpr)]? {
        let celRules = rules.messages(O.Field.cel)
        guard !celRules.isEmpty else { return [] }
        let types = SchemaCELTypes(schema: runtime.schema)
        let environment = ProtovalidateCELEnvironment.make(this: types.celType(target, forItems: true), types: types)
        var compiled: [(rule: WireFields, expr: CELExpr)] = []
        for rule in celRules {
            let compilation = environment.compile(rule.string(3) ?? "")
            guard compilation.succeeded, let expr = compilation.expression else { return nil }
            compiled.append((rule, expr))
        }
        return compiled
    }

    /// The violations of one example.
    private func validate(_ value: CELValue, _ setRules: [SetRule], _ fieldRules: [(rule: WireFields, expr: CELExpr)],
                          rulesValue: CELValue) -> [Violation] {
        let ignore = rules.varint(O.Field.ignore)
        if ignore == O.ignoreAlways { return [] }
        let zero = Self.isZero(value)
        if place == .field, !tracksPresence, zero, rules.bool(O.Field.required) == true {
            return [Violation(id: "required", message: "value is required")]
        }
        if ignore == O.ignoreIfZeroValue, zero { return [] }
        var violations: [Violation] = []
        for setRule in setRules {
            if setRule.isDefinedOnly {
                if case .bool(true) = setRule.value, !isDefinedEnumValue(value) {
                    violations.append(Violation(id: "enum.defined_only", message: "value must be one of the defined enum values"))
                }
                continue
            }
            let interpreter = runtime.interpreter(this: value, rules: rulesValue, rule: setRule.value)
            violations += setRule.cel.compactMap { Self.violation(interpreter.evaluate($0.expr), rule: $0.rule) }
        }
        let interpreter = runtime.interpreter(this: value, rules: nil, rule: nil)
        return violations + fieldRules.compactMap { Self.violation(interpreter.evaluate($0.expr), rule: $0.rule) }
    }

    /// A rule's result as protovalidate reads it: false, or a non-empty string, is a violation.
    /// An evaluation error is not reported (buf would stop the whole lint rule on it).
    private static func violation(_ result: CELValue, rule: WireFields) -> Violation? {
        switch result {
        case .bool(false):
            let message = rule.string(2) ?? ""
            return Violation(id: rule.string(1) ?? "", message: message.isEmpty ? "\"\(rule.string(3) ?? "")\" returned false" : message)
        case .string(let text) where !text.isEmpty:
            return Violation(id: rule.string(1) ?? "", message: text)
        default:
            return nil
        }
    }

    private func isDefinedEnumValue(_ value: CELValue) -> Bool {
        guard case .int(let number) = value, let enumeration = runtime.schema.enumsByName[target.typeName] else { return true }
        return enumeration.values.contains { Int64($0.number) == number }
    }

    /// The zero value of its type: what an unset field without presence reads as.
    static func isZero(_ value: CELValue) -> Bool {
        switch value {
        case .int(let v): return v == 0
        case .uint(let v): return v == 0
        case .double(let v): return v == 0
        case .bool(let v): return !v
        case .string(let v): return v.isEmpty
        case .bytes(let v): return v.isEmpty
        case .null: return true
        case .duration(let t), .timestamp(let t): return t.seconds == 0 && t.nanos == 0
        case .message(let m): return m.setFieldNames.isEmpty
        case .list(let l): return l.isEmpty
        case .map(let m): return m.isEmpty
        case .type, .error: return false
        }
    }
}
