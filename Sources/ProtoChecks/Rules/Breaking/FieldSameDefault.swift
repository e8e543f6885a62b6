import ProtoSchema

/// Readers that do not see a field use its default: changing it changes what old and new code
/// read for the same bytes.
struct FieldSameDefault: FieldOrExtensionPairRule {
    static let info = RuleInfo(id: "FIELD_SAME_DEFAULT", categories: ["CSR", "FILE", "PACKAGE", "WIRE_JSON", "WIRE"], isDefault: true,
                               purpose: "Fields keep their default values.")

    func check(previous: SchemaField, current: SchemaField, pairs: SchemaPairs, _ context: BreakingContext) {
        guard let before = FieldDefaultValue(previous, schema: pairs.previous),
              let after = FieldDefaultValue(current, schema: pairs.current) else { return }
        guard !(before.isZero && after.isZero), !before.isSame(as: after) else { return }
        let message = "\(current.findingText) changed default value from \(before.text) to \(after.text)."
        guard let value = current.file.span(current.path + [DescriptorPath.Field.defaultValue]) else {
            context.report(current, path: [], message)
            return
        }
        context.report(current, at: Self.assignment(of: current, value: value, context) ?? value, message)
    }

    /// buf places the finding on the whole `default = value`; protoc records only the value.
    /// The `default` keyword is the last one before the value in the field's statement.
    static func assignment(of field: SchemaField, value: SourceSpan, _ context: BreakingContext) -> SourceSpan? {
        guard let statement = field.location, let text = context.texts.text(field.file.path) else { return nil }
        let before = SourceSpan(startLine: statement.startLine, startColumn: statement.startColumn,
                                endLine: value.startLine, endColumn: value.startColumn)
        let tokens = text.tokens(in: before)
        guard tokens.count >= 2, tokens[tokens.count - 1].kind == .equals,
              tokens[tokens.count - 2].kind == .name, tokens[tokens.count - 2].text == "default" else { return nil }
        let keyword = tokens[tokens.count - 2].start
        return SourceSpan(startLine: keyword.line, startColumn: keyword.column, endLine: value.endLine, endColumn: value.endColumn)
    }
}
