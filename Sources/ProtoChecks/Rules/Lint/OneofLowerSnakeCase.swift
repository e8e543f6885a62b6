import ProtoSchema

struct OneofLowerSnakeCase: OneofLintRule {
    static let info = RuleInfo(id: "ONEOF_LOWER_SNAKE_CASE", categories: ["BASIC", "STANDARD"], isDefault: true,
                               purpose: "Oneof names are lower_snake_case.")

    func check(_ oneof: SchemaOneof, _ context: LintContext) {
        let expected = NameStyle.lowerSnake(oneof.name)
        if oneof.name != expected {
            context.report(oneof, part: DescriptorPath.Oneof.name,
                           "Oneof name \(oneof.name.goQuoted) should be lower_snake_case, such as \(expected.goQuoted).")
        }
    }
}
