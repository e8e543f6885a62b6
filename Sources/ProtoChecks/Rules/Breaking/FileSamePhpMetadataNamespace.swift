import ProtoSchema

struct FileSamePhpMetadataNamespace: FileOptionComparison {
    static let info = RuleInfo(id: "FILE_SAME_PHP_METADATA_NAMESPACE", categories: ["FILE", "PACKAGE"], isDefault: true,
                               purpose: "Files keep their php_metadata_namespace option.")
    static let option = "php_metadata_namespace"
    static let fieldNumber: Int32 = 44
    static func value(_ file: SchemaFile) -> String { file.descriptor.options.phpMetadataNamespace }
}
