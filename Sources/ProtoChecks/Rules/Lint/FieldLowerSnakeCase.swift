import ProtoSchema

struct FieldLowerSnakeCase: FieldLintRule {
    static let info = RuleInfo(id: "FIELD_LOWER_SNAKE_CASE", categories: ["BASIC", "STANDARD"], isDefault: true,
                               purpose: "Field names are lower_snake_case.")

    func check(_ field: SchemaField, _ context: LintContext) {
        let expected = NameStyle.lowerSnake(field.name)
        if field.name != expected {
            context.report(field, part: DescriptorPath.Field.name,
                           "Field name \(field.name.goQuoted) should be lower_snake_case, such as \(expected.goQuoted).")
        }
    }
}
