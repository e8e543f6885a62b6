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

    func run() {
        guard let rulesMessage = runtime.rulesMessage(kind: kind), let example = rulesMessage.field(named: "example") else { return }
        let exampleNumber = Int(example.number)
        guard !rules.messages(O.Field.cel).isEmpty || kindRules.numbers.contains(where: { $0 != exampleNumber }) else { return }
        guard case .list(let examples) = runtime.decoder.value(of: example, in: kindRules) else { return }
        let rulesValue = CELValue.message(ProtovalidateCELMessage(descriptor: rulesMessage, wire: kindRules, decoder: runtime.decoder))
        for (index, value) in examples.enumerated() {
            guard let violations = validate(value, rulesMessage: rulesMessage, rulesValue: rulesValue) else { return }
            let shown = ProtovalidateGoText.value(value, isFloat32: kind == 1)
            for violation in violations {
                reporter.report([Int32(exampleNumber), Int32(index)],
                                "\"\(shown)\" is an example value but does not satisfy rule \"\(violation.id)\": \(violation.message)")
            }
        }
    }

    /// The violations of one example, or nil when the field's own CEL does not compile (buf
    /// stops checking the field's examples then; the CEL findings say what is wrong).
    private func validate(_ value: CELValue, rulesMessage: SchemaMessage, rulesValue: CELValue) -> [Violation]? {
        let ignore = rules.varint(O.Field.ignore)
        if ignore == O.ignoreAlways { return [] }
        let zero = Self.isZero(value)
        if place == .field, !tracksPresence, zero, rules.bool(O.Field.required) == true {
            return [Violation(id: "required", message: "value is required")]
        }
        if ignore == O.ignoreIfZeroValue, zero { return [] }
        var violations: [Violation] = []
        for number in kindRules.numbers.sorted() {
            let ruleField = rulesMessage.field(number: Int32(number))
                ?? runtime.extensionField(of: rulesMessage.fullName, number: Int32(number))
            guard let ruleField else { continue }
            if rulesMessage.fullName == "buf.validate.EnumRules", ruleField.name == "defined_only" {
                if case .bool(true) = runtime.decoder.value(of: ruleField, in: kindRules), !isDefinedEnumValue(value) {
                    violations.append(Violation(id: "enum.defined_only", message: "value must be one of the defined enum values"))
                }
                continue
            }
            guard let predefined = Protovalidate.rules(ruleField.descriptor.options.unknownFields.data, O.predefinedExtension) else { continue }
            let rule = runtime.decoder.value(of: ruleField, in: kindRules)
            let interpreter = runtime.interpreter(this: value, rules: rulesValue, rule: rule)
            for celRule in predefined.messages(1) {
                guard let expr = runtime.expression(celRule.string(3) ?? "") else { continue }
                if let violation = Self.violation(interpreter.evaluate(expr), rule: celRule) { violations.append(violation) }
            }
        }
        guard let fieldRules = fieldCEL(value) else { return nil }
        return violations + fieldRules
    }

    /// The field's own `cel` rules on the value; nil when one does not compile. buf 1.75 does not
    /// run `cel_expression` rules on examples (its protovalidate predates them), nor does this.
    private func fieldCEL(_ value: CELValue) -> [Violation]? {
        let celRules = rules.messages(O.Field.cel)
        guard !celRules.isEmpty else { return [] }
        let types = SchemaCELTypes(schema: runtime.schema)
        let environment = ProtovalidateCELEnvironment.make(this: types.celType(target, forItems: true), types: types)
        let interpreter = runtime.interpreter(this: value, rules: nil, rule: nil)
        var violations: [Violation] = []
        for rule in celRules {
            let compiled = environment.compile(rule.string(3) ?? "")
            guard compiled.succeeded, let expr = compiled.expression else { return nil }
            if let violation = Self.violation(interpreter.evaluate(expr), rule: rule) { violations.append(violation) }
        }
        return violations
    }

    private static func violation(_ result: CELValue, rule: WireFields) -> Violation? {
        violation(result, id: rule.string(1) ?? "", message: rule.string(2) ?? "", expression: rule.string(3) ?? "")
    }

    /// A rule's result as protovalidate reads it: false, or a non-empty string, is a violation.
    /// An evaluation error is not reported (buf would stop the whole lint rule on it).
    private static func violation(_ result: CELValue, id: String, message: String, expression: String? = nil) -> Violation? {
        switch result {
        case .bool(false):
            return Violation(id: id, message: message.isEmpty ? "\"\(expression ?? id)\" returned false" : message)
        case .string(let text) where !text.isEmpty:
            return Violation(id: id, message: text)
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
