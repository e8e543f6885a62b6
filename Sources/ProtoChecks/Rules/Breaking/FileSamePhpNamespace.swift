import ProtoSchema

struct FileSamePhpNamespace: FileOptionComparison {
    static let info = RuleInfo(id: "FILE_SAME_PHP_NAMESPACE", categories: ["FILE", "PACKAGE"], isDefault: true,
                               purpose: "Files keep their php_namespace option.")
    static let option = "php_namespace"
    static let fieldNumber: Int32 = 41
    static func value(_ file: SchemaFile) -> String { file.descriptor.options.phpNamespace }
}
