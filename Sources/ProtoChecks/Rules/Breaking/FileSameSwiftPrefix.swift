import ProtoSchema

struct FileSameSwiftPrefix: FileOptionComparison {
    static let info = RuleInfo(id: "FILE_SAME_SWIFT_PREFIX", categories: ["FILE", "PACKAGE"], isDefault: true,
                               purpose: "Files keep their swift_prefix option.")
    static let option = "swift_prefix"
    static let fieldNumber: Int32 = 39
    static func value(_ file: SchemaFile) -> String { file.descriptor.options.swiftPrefix }
}
