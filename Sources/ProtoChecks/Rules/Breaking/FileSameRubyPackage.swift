import ProtoSchema

struct FileSameRubyPackage: FileOptionComparison {
    static let info = RuleInfo(id: "FILE_SAME_RUBY_PACKAGE", categories: ["FILE", "PACKAGE"], isDefault: true,
                               purpose: "Files keep their ruby_package option.")
    static let option = "ruby_package"
    static let fieldNumber: Int32 = 45
    static func value(_ file: SchemaFile) -> String { file.descriptor.options.rubyPackage }
}
