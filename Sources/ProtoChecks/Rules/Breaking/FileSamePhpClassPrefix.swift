import ProtoSchema

struct FileSamePhpClassPrefix: FileOptionComparison {
    static let info = RuleInfo(id: "FILE_SAME_PHP_CLASS_PREFIX", categories: ["FILE", "PACKAGE"], isDefault: true,
                               purpose: "Files keep their php_class_prefix option.")
    static let option = "php_class_prefix"
    static let fieldNumber: Int32 = 40
    static func value(_ file: SchemaFile) -> String { file.descriptor.options.phpClassPrefix }
}
