import ProtoSchema

struct FileSameJavaPackage: FileOptionComparison {
    static let info = RuleInfo(id: "FILE_SAME_JAVA_PACKAGE", categories: ["FILE", "PACKAGE"], isDefault: true,
                               purpose: "Files keep their java_package option.")
    static let option = "java_package"
    static let fieldNumber: Int32 = 1
    static func value(_ file: SchemaFile) -> String { file.descriptor.options.javaPackage }
}
