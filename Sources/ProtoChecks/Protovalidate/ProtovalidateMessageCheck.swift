import CEL
import ProtoSchema

/// protovalidate's `(buf.validate.message)` on one message: each `oneof` rule names at least one
/// field, each of the message's own fields at most once and in one rule only; and its CEL rules
/// check with `this` as the message.
struct ProtovalidateMessageCheck {
    let context: LintContext
    let types: SchemaCELTypes
    let message: SchemaMessage

    private typealias O = ProtovalidateOptions

    func run() {
        guard let rules = Protovalidate.rules(message.descriptor.options.unknownFields.data, O.rulesExtension) else { return }
        let reporter = ProtovalidateReporter(context, element: message, optionsPart: DescriptorPath.Message.options,
                                             extensionNumber: O.rulesExtension, rootMessage: "buf.validate.MessageRules")
        checkOneofs(rules.messages(O.Message.oneof), reporter)
        let name = "\"\(message.name)\""
        let check = ProtovalidateCELCheck(
            environment: ProtovalidateCELEnvironment.make(this: CELType.forMessage(message.fullName), types: types),
            parentName: "message \(name)", parentTitle: "Message \(name)")
        check.check(rules: rules.messages(O.Message.cel), celName: "(buf.validate.message).cel") { index, text in
            reporter.report([Int32(O.Message.cel), Int32(index)], text)
        }
        check.check(expressions: rules.strings(O.Message.celExpression), celName: "(buf.validate.message).cel_expression") { index, text in
            reporter.report([Int32(O.Message.celExpression), Int32(index)], text)
        }
    }

    private func checkOneofs(_ oneofs: [WireFields], _ reporter: ProtovalidateReporter) {
        let name = "\"\(message.name)\""
        var entriesByField: [String: [Int]] = [:]
        var fieldOrder: [String] = []
        for (index, oneof) in oneofs.enumerated() {
            let entry = [Int32(O.Message.oneof), Int32(index)]
            let fields = oneof.strings(1)
            guard !fields.isEmpty else {
                reporter.report(entry, "Message \(name) has a (buf.validate.message).oneof entry with no fields. Each oneof entry must specify at least one field.")
                continue
            }
            var seen: Set<String> = []
            for (position, field) in fields.enumerated() {
                let at = entry + [1, Int32(position)]
                if !seen.insert(field).inserted {
                    reporter.report(at, "Message \(name) has a (buf.validate.message).oneof entry that references field \"\(field)\" more than once. Duplicate field names are not permitted.")
                } else if message.field(named: field) == nil {
                    reporter.report(at, "Message \(name) has a (buf.validate.message).oneof entry that references field \"\(field)\", which is not defined in the message.")
                } else {
                    if entriesByField[field] == nil { fieldOrder.append(field) }
                    entriesByField[field, default: []].append(index)
                }
            }
        }
        for field in fieldOrder {
            guard let entries = entriesByField[field], entries.count > 1 else { continue }
            reporter.report(entries.map { [Int32(O.Message.oneof), Int32($0)] },
                            "Message \(name) references field \"\(field)\" in more than one (buf.validate.message).oneof entry. A field may only appear in one oneof entry.")
        }
    }
}
