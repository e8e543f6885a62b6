import CEL
import ProtoSchema

/// A predefined rule: an extension of one of protovalidate's rules messages whose
/// `(buf.validate.predefined).cel` rules check with `this` as the value the rules message is
/// about, `rule` as the extension's own value and `rules` as the rules message.
struct ProtovalidatePredefinedCheck {
    let context: LintContext
    let types: SchemaCELTypes
    let extensionField: SchemaField

    /// `this` for each rules message that predefined rules may extend.
    static let thisTypes: [String: CELType] = [
        "AnyRules": .any, "BoolRules": .bool, "BytesRules": .bytes, "StringRules": .string,
        "Int32Rules": .int, "Int64Rules": .int, "SInt32Rules": .int, "SInt64Rules": .int, "SFixed32Rules": .int,
        "SFixed64Rules": .int, "EnumRules": .int, "UInt32Rules": .uint, "UInt64Rules": .uint, "Fixed32Rules": .uint,
        "Fixed64Rules": .uint, "FloatRules": .double, "DoubleRules": .double, "MapRules": .map(.dyn, .dyn),
        "RepeatedRules": .list(.dyn), "DurationRules": .duration, "TimestampRules": .timestamp,
    ]

    func run() {
        let extendee = extensionField.extendee
        guard extensionField.isExtension, extendee.hasPrefix("buf.validate."), extendee.hasSuffix("Rules"),
              let rulesMessage = types.schema.messagesByName[extendee], rulesMessage.file.path == "buf/validate/validate.proto",
              let this = Self.thisTypes[rulesMessage.name],
              let predefined = Protovalidate.rules(extensionField.descriptor.options.unknownFields.data,
                                                   ProtovalidateOptions.predefinedExtension) else { return }
        let reporter = ProtovalidateReporter(context, element: extensionField, optionsPart: DescriptorPath.Field.options,
                                             extensionNumber: ProtovalidateOptions.predefinedExtension, rootMessage: "buf.validate.PredefinedRules")
        let environment = ProtovalidateCELEnvironment.make(this: this, rule: types.celType(extensionField, forItems: false),
                                                           rules: .message(extendee), types: types)
        let check = ProtovalidateCELCheck(environment: environment, parentName: "extension field", parentTitle: "Extension field")
        check.check(rules: predefined.messages(1), celName: "(buf.validate.predefined).cel") { index, text in
            reporter.report([1, Int32(index)], text)
        }
    }
}
