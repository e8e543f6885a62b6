import CEL
import ProtoSchema

/// protovalidate's `(buf.validate.field)` on one field (or extension), checked as buf's
/// PROTOVALIDATE rule checks it: the flags (`required`, `ignore`), the CEL rules, that the rule
/// kind fits the field's type, list and map rules (recursing into items, keys and values), and
/// the values inside each kind's rules (`ProtovalidateValueCheck`).
struct ProtovalidateFieldCheck {
    let context: LintContext
    let types: SchemaCELTypes
    let names: ProtovalidateRuleNames
    let runtime: ProtovalidateRuntime
    /// The field the option is on; map keys and values are checked in its name.
    let field: SchemaField

    private typealias O = ProtovalidateOptions

    func run() {
        guard let rules = Protovalidate.rules(field.descriptor.options.unknownFields.data, O.rulesExtension) else { return }
        let reporter = ProtovalidateReporter(context, element: field, optionsPart: DescriptorPath.Field.options,
                                             extensionNumber: O.rulesExtension, rootMessage: "buf.validate.FieldRules")
        check(rules, target: field, expectRepeated: field.isRepeated, reporter)
    }

    private var quotedName: String { "\"\(field.name)\"" }

    private func ruleName(_ reporter: ProtovalidateReporter, _ path: [Int32] = []) -> String {
        names.name(reporter.base + path)
    }

    /// `target` is the field whose values the rules are about: the field itself, or a map
    /// entry's key or value field.
    private func check(_ rules: WireFields, target: SchemaField, expectRepeated: Bool, _ reporter: ProtovalidateReporter) {
        let isTopLevel = reporter.base.isEmpty
        let required = rules.bool(O.Field.required) == true
        let ignore = rules.varint(O.Field.ignore)
        if isTopLevel, field.isExtension {
            if required {
                reporter.report([25], "Field \(quotedName) is an extension field and cannot have \(ruleName(reporter, [25])).")
            }
            if ignore == O.ignoreIfZeroValue {
                reporter.report([27], "Field \(quotedName) is an extension field and cannot have \(ruleName(reporter, [27]))=IGNORE_IF_ZERO_VALUE.")
            }
        }
        if isTopLevel, let oneof = field.oneof, !field.isProto3Optional, required {
            let name = ruleName(reporter, [25])
            reporter.report([25], "Field \(quotedName) has \(name) but is in a oneof (\(oneof.name)). Oneof fields must not have \(name).")
        }
        checkFlags(rules, target: target, required: required, ignore: ignore, reporter)
        checkCEL(rules, target: target, expectRepeated: expectRepeated, reporter)

        guard let kind = rules.fields.last(where: { O.typeKinds.contains($0.number) })?.number,
              let kindRules = rules.message(kind) else { return }
        if kind == O.Field.map {
            checkMap(kindRules, target: target, reporter)
        } else if kind == O.Field.repeated {
            checkRepeated(kindRules, target: target, reporter)
        } else if fits(kind, target: target, expectRepeated: expectRepeated, reporter) {
            ProtovalidateValueCheck(kind: kind, rules: kindRules, fieldName: quotedName, names: names,
                                    reporter: reporter.nested([Int32(kind)])).run()
            ProtovalidateExampleCheck(runtime: runtime, rules: rules, kind: kind, kindRules: kindRules, target: target,
                                      place: place(reporter), tracksPresence: hasPresence(target),
                                      reporter: reporter.nested([Int32(kind)])).run()
        }
    }

    private func checkFlags(_ rules: WireFields, target: SchemaField, required: Bool, ignore: UInt64?, _ reporter: ProtovalidateReporter) {
        if ignore == O.ignoreAlways, rules.numbers.count > 1 {
            reporter.report([27], "Field \(quotedName) has \(ruleName(reporter, [27]))=IGNORE_ALWAYS and therefore other rules in \(ruleName(reporter)) are not applied and should be removed.")
        }
        if required, ignore == O.ignoreIfZeroValue {
            reporter.report([[25], [27]], "Field \(quotedName) has both \(ruleName(reporter, [25])) and \(ruleName(reporter, [27]))=IGNORE_IF_ZERO_VALUE. A field cannot be empty if it is required.")
        }
        if ignore == O.ignoreIfZeroValue, hasPresence(target), !target.isExtension {
            reporter.report([27], "Field \(quotedName) has \(ruleName(reporter, [27]))=IGNORE_IF_ZERO_VALUE and tracks presence. This is the same as the default and the ignore option can be removed.")
        }
    }

    private func checkCEL(_ rules: WireFields, target: SchemaField, expectRepeated: Bool, _ reporter: ProtovalidateReporter) {
        let cel = rules.messages(O.Field.cel)
        let expressions = rules.strings(O.Field.celExpression)
        guard !cel.isEmpty || !expressions.isEmpty else { return }
        let this = types.celType(target, forItems: !expectRepeated)
        let check = ProtovalidateCELCheck(environment: ProtovalidateCELEnvironment.make(this: this, types: types),
                                          parentName: "field \(quotedName)", parentTitle: "Field \(quotedName)")
        check.check(rules: cel, celName: ruleName(reporter, [Int32(O.Field.cel)])) { index, message in
            reporter.report([Int32(O.Field.cel), Int32(index)], message)
        }
        check.check(expressions: expressions, celName: ruleName(reporter, [Int32(O.Field.celExpression)])) { index, message in
            reporter.report([Int32(O.Field.celExpression), Int32(index)], message)
        }
    }

    private func checkRepeated(_ rules: WireFields, target: SchemaField, _ reporter: ProtovalidateReporter) {
        guard target.isRepeated, types.mapEntry(target) == nil else {
            reporter.report([18], "Field \(quotedName) is not repeated but has \(ruleName(reporter, [18])) rules.")
            return
        }
        if rules.bool(3) == true, target.type == .message || target.type == .group,
           !(O.messageKinds.values.contains(target.typeName) && target.typeName.hasSuffix("Value")) {
            reporter.report([18, 3], "Field \(quotedName) is of type \(prettyType) but has \(ruleName(reporter, [18, 3])) set to true, which is only allowed for scalar types and wrapper types.")
        }
        if let min = rules.varint(1), let max = rules.varint(2), min > max {
            reporter.report([18, 1], "Field \(quotedName) has value \(min) for \(ruleName(reporter, [18, 1])), which must be lower than value \(max) for \(ruleName(reporter, [18, 2])).")
            reporter.report([18, 2], "Field \(quotedName) has value \(max) for \(ruleName(reporter, [18, 2])), which must be higher than value \(min) for \(ruleName(reporter, [18, 1])).")
        }
        guard let items = rules.message(4) else { return }
        if items.bool(O.Field.required) == true {
            let name = ruleName(reporter, [18, 4, 25])
            reporter.report([18, 4, 25], "Field \(quotedName) has \(name) on repeated item rules, which is unenforceable. The \(name) constraint cannot be applied to individual items in a repeated field.")
        }
        check(items, target: target, expectRepeated: false, reporter.nested([18, 4]))
    }

    private func checkMap(_ rules: WireFields, target: SchemaField, _ reporter: ProtovalidateReporter) {
        guard let entry = types.mapEntry(target) else {
            reporter.report([19], "Field \(quotedName) is not a map but has \(ruleName(reporter, [19])).")
            return
        }
        if let min = rules.varint(1), let max = rules.varint(2), min > max {
            reporter.report([19, 1], "Field \(quotedName) has value \(min) for \(ruleName(reporter, [19, 1])), which must be lower than value \(max) for \(ruleName(reporter, [19, 2])).")
            reporter.report([19, 2], "Field \(quotedName) has value \(max) for \(ruleName(reporter, [19, 2])), which must be higher than value \(min) for \(ruleName(reporter, [19, 1])).")
        }
        for (number, part, entryNumber) in [(Int32(4), "key", Int32(1)), (Int32(5), "value", Int32(2))] {
            guard let inner = rules.message(Int(number)), let entryField = entry.field(number: entryNumber) else { continue }
            if inner.bool(O.Field.required) == true {
                let name = ruleName(reporter, [19, number, 25])
                reporter.report([19, number, 25], "Field \(quotedName) has \(name) on map \(part) rules, which is unenforceable. The \(name) constraint cannot be applied to map \(part)s.")
            }
            check(inner, target: entryField, expectRepeated: false, reporter.nested([19, number]))
        }
    }

    /// Whether a scalar or well-known-type rule kind fits the target's type; reports when not.
    private func fits(_ kind: Int, target: SchemaField, expectRepeated: Bool, _ reporter: ProtovalidateReporter) -> Bool {
        let name = ruleName(reporter, [Int32(kind)])
        if expectRepeated {
            reporter.report([Int32(kind)], "Field \(quotedName) is of type repeated \(prettyType) but has \(name) rules.")
            return false
        }
        if let scalar = O.scalarKinds[kind], scalar == target.type { return true }
        if let message = O.messageKinds[kind], target.type == .message || target.type == .group, target.typeName == message {
            return true
        }
        reporter.report([Int32(kind)], "Field \(quotedName) is of type \(prettyType) but has \(name) rules.")
        return false
    }

    /// Where rules at the reporter's level apply: `[18, 4]` is list items, `[19, 4]` and
    /// `[19, 5]` map keys and values.
    private func place(_ reporter: ProtovalidateReporter) -> ProtovalidateExampleCheck.Place {
        switch Array(reporter.base.suffix(2)) {
        case [18, 4]: return .item
        case [19, 4]: return .key
        case [19, 5]: return .value
        default: return .field
        }
    }

    /// Whether the target tracks presence (protobuf-go's `HasPresence`): a singular extension,
    /// message or oneof member always does; any other singular field unless its resolved
    /// `field_presence` is IMPLICIT (proto3's default, or set so in an editions file).
    private func hasPresence(_ target: SchemaField) -> Bool {
        if target.isRepeated { return false }
        if target.isExtension || target.type == .message || target.type == .group || target.oneof != nil { return true }
        return ResolvedFeatures(target).fieldPresence != .implicit
    }

    /// The top-level field's type as buf names it: a scalar kind, `map<K, V>` or a message name.
    private var prettyType: String {
        if let entry = types.mapEntry(field), let key = entry.field(number: 1), let value = entry.field(number: 2) {
            return "map<\(Self.typeName(key)), \(Self.typeName(value))>"
        }
        return Self.typeName(field)
    }

    private static func typeName(_ field: SchemaField) -> String {
        switch field.type {
        case .message, .group: return field.typeName
        case .enum: return "enum"
        default: return String(describing: field.type)
        }
    }
}
