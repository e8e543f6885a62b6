import ProtoSchema

struct PackageLowerSnakeCase: FileLintRule {
    static let info = RuleInfo(id: "PACKAGE_LOWER_SNAKE_CASE", categories: ["BASIC", "STANDARD"], isDefault: true,
                               purpose: "Package names are lower_snake.case: lower_snake_case components joined by dots.")

    func check(_ file: SchemaFile, _ context: LintContext) {
        guard !file.package.isEmpty else { return }
        let expected = NameStyle.lowerSnakePackage(file.package)
        if file.package != expected {
            context.report(DescriptorPart(file, path: [DescriptorPath.File.package]),
                           "Package name \(file.package.goQuoted) should be lower_snake.case, such as \(expected.goQuoted).")
        }
    }
}
