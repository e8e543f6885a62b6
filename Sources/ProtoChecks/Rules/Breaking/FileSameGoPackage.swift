import ProtoSchema

struct FileSameGoPackage: FileOptionComparison {
    static let info = RuleInfo(id: "FILE_SAME_GO_PACKAGE", categories: ["FILE", "PACKAGE"], isDefault: true,
                               purpose: "Files keep their go_package option.")
    static let option = "go_package"
    static let fieldNumber: Int32 = 11
    static func value(_ file: SchemaFile) -> String { file.descriptor.options.goPackage }
}
