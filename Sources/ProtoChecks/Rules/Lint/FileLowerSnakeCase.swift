import Foundation
import ProtoSchema

struct FileLowerSnakeCase: FileLintRule {
    static let info = RuleInfo(id: "FILE_LOWER_SNAKE_CASE", categories: ["STANDARD"], isDefault: true,
                               purpose: "File names are lower_snake_case.proto.")

    func check(_ file: SchemaFile, _ context: LintContext) {
        let name = file.path.split(separator: "/").last.map(String.init) ?? file.path
        let base = name.hasSuffix(".proto") ? String(name.dropLast(6)) : name
        // A dot separates words as an underscore does (`foo.bar` → `foo_bar`); the directory
        // does not matter.
        let expected = NameStyle.lowerSnake(base.replacingOccurrences(of: ".", with: "_"))
        if base != expected {
            // No line to point at: buf reports these at the top of the file, where no comment
            // can ignore them.
            context.report(file, "File name \"\(name)\" should be lower_snake_case, such as \"\(expected).proto\".")
        }
    }
}
