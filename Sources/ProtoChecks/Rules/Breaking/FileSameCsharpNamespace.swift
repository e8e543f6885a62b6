import ProtoSchema

struct FileSameCsharpNamespace: FileOptionComparison {
    static let info = RuleInfo(id: "FILE_SAME_CSHARP_NAMESPACE", categories: ["FILE", "PACKAGE"], isDefault: true,
                               purpose: "Files keep their csharp_namespace option.")
    static let option = "csharp_namespace"
    static let fieldNumber: Int32 = 37
    static func value(_ file: SchemaFile) -> String { file.descriptor.options.csharpNamespace }
}
