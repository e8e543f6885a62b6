import ProtoSchema

struct FileSameJavaMultipleFiles: FileOptionComparison {
    static let info = RuleInfo(id: "FILE_SAME_JAVA_MULTIPLE_FILES", categories: ["FILE", "PACKAGE"], isDefault: true,
                               purpose: "Files keep their java_multiple_files option.")
    static let option = "java_multiple_files"
    static let fieldNumber: Int32 = 10
    static func value(_ file: SchemaFile) -> String { String(file.descriptor.options.javaMultipleFiles) }
}
