import ProtoSchema

struct FileSameCcGenericServices: FileOptionComparison {
    static let info = RuleInfo(id: "FILE_SAME_CC_GENERIC_SERVICES", categories: ["FILE", "PACKAGE"], isDefault: true,
                               purpose: "Files keep their cc_generic_services option.")
    static let option = "cc_generic_services"
    static let fieldNumber: Int32 = 16
    static func value(_ file: SchemaFile) -> String { String(file.descriptor.options.ccGenericServices) }
}
