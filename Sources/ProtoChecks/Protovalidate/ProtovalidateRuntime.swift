import CEL
import Foundation
import ProtoSchema

/// What evaluating protovalidate's rules needs, built once per linted file: the decoder of
/// option bytes, the extensions of the rules messages (predefined rules), parsed expressions
/// (the standard rules' CEL is parsed once however many fields use it), and the time `now`.
final class ProtovalidateRuntime {
    let schema: Schema
    let decoder: ProtovalidateWireDecoder
    let now: CELValue
    private var extensions: [String: [Int32: SchemaField]]?
    private var parsed: [String: CELExpr?] = [:]

    init(schema: Schema, now: Date = Date()) {
        self.schema = schema
        decoder = ProtovalidateWireDecoder(schema: schema)
        let seconds = now.timeIntervalSince1970
        self.now = .timestamp(CELTime(seconds: Int64(seconds.rounded(.down)),
                                      nanos: Int64((seconds - seconds.rounded(.down)) * 1e9)))
    }

    /// The extension of `extendee` numbered `number`, from any file of the schema.
    func extensionField(of extendee: String, number: Int32) -> SchemaField? {
        if extensions == nil {
            var index: [String: [Int32: SchemaField]] = [:]
            for file in schema.files {
                for ext in file.allExtensions { index[ext.extendee, default: [:]][ext.number] = ext }
            }
            extensions = index
        }
        return extensions?[extendee]?[number]
    }

    /// The descriptor of the rules message a `FieldRules` kind holds (`buf.validate.Int32Rules`).
    func rulesMessage(kind: Int) -> SchemaMessage? {
        guard let field = schema.messagesByName["buf.validate.FieldRules"]?.field(number: Int32(kind)) else { return nil }
        return schema.messagesByName[field.typeName]
    }

    /// A standard or predefined rule's expression, parsed; nil when it does not parse.
    func expression(_ text: String) -> CELExpr? {
        if let cached = parsed[text] { return cached }
        let environment = CELEnvironment(variables: ["this": .dyn, "rules": .dyn, "rule": .dyn, "now": .timestamp],
                                         functions: ProtovalidateCELEnvironment.functions)
        let expr = environment.compile(text).expression
        parsed[text] = expr
        return expr
    }

    func interpreter(this: CELValue, rules: CELValue?, rule: CELValue?) -> CELInterpreter {
        var variables: [String: CELValue] = ["this": this, "now": now]
        if let rules { variables["rules"] = rules }
        if let rule { variables["rule"] = rule }
        nonisolated(unsafe) let enums = schema.enumsByName
        return CELInterpreter(variables: variables, functions: ProtovalidateFunctions.all) { name in
            guard let dot = name.lastIndex(of: "."), let enumeration = enums[String(name[..<dot])] else { return nil }
            let valueName = name[name.index(after: dot)...]
            return enumeration.values.first { $0.name == valueName }.map { .int(Int64($0.number)) }
        }
    }
}
