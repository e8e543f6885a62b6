import ProtoSchema

struct FileSameJavaGenericServices: FileOptionComparison {
    static let info = RuleInfo(id: "FILE_SAME_JAVA_GENERIC_SERVICES", categories: ["FILE", "PACKAGE"], isDefault: true,
                               purpose: "Files keep their java_generic_services option.")
    static let option = "java_generic_services"
    static let fieldNumber: Int32 = 17
    static func value(_ file: SchemaFile) -> String { String(file.descriptor.options.javaGenericServices) }
}
