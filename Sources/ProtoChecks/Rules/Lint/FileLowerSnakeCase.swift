import ProtoSchema

struct FileLowerSnakeCase: FileLintRule {
    static let info = RuleInfo(id: "FILE_LOWER_SNAKE_CASE", categories: ["STANDARD"], isDefault: true,
                               purpose: "File names are lower_snake_case.proto.")

    func check(_ file: SchemaFile, _ context: LintContext) {
        let name = file.path.split(separator: "/").last.map(String.init) ?? file.path
        // The extension is what follows the last dot; a dot before it separates words as an
        // underscore does (`foo.bar.proto` → `foo_bar.proto`). The directory does not matter.
        let ext = name.lastIndex(of: ".").map { String(name[$0...]) } ?? ""
        let base = String(name.dropLast(ext.count))
        let expected = NameStyle.lowerSnake(base)
        if base != expected {
            // No line to point at: buf reports these at the top of the file, where no comment
            // can ignore them.
            context.report(file, "Filename \(name.goQuoted) should be lower_snake_case\(ext), such as \"\(expected)\(ext)\".")
        }
    }
}
