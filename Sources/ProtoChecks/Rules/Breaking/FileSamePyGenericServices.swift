import ProtoSchema

struct FileSamePyGenericServices: FileOptionComparison {
    static let info = RuleInfo(id: "FILE_SAME_PY_GENERIC_SERVICES", categories: ["FILE", "PACKAGE"], isDefault: true,
                               purpose: "Files keep their py_generic_services option.")
    static let option = "py_generic_services"
    static let fieldNumber: Int32 = 18
    static func value(_ file: SchemaFile) -> String { String(file.descriptor.options.pyGenericServices) }
}
