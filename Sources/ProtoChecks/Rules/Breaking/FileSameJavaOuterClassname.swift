import ProtoSchema

struct FileSameJavaOuterClassname: FileOptionComparison {
    static let info = RuleInfo(id: "FILE_SAME_JAVA_OUTER_CLASSNAME", categories: ["FILE", "PACKAGE"], isDefault: true,
                               purpose: "Files keep their java_outer_classname option.")
    static let option = "java_outer_classname"
    static let fieldNumber: Int32 = 8
    static func value(_ file: SchemaFile) -> String { file.descriptor.options.javaOuterClassname }
}
