import ProtoSchema

struct FileSameObjcClassPrefix: FileOptionComparison {
    static let info = RuleInfo(id: "FILE_SAME_OBJC_CLASS_PREFIX", categories: ["FILE", "PACKAGE"], isDefault: true,
                               purpose: "Files keep their objc_class_prefix option.")
    static let option = "objc_class_prefix"
    static let fieldNumber: Int32 = 36
    static func value(_ file: SchemaFile) -> String { file.descriptor.options.objcClassPrefix }
}
