import ProtoSchema

struct FileSameCcEnableArenas: FileOptionComparison {
    static let info = RuleInfo(id: "FILE_SAME_CC_ENABLE_ARENAS", categories: ["FILE", "PACKAGE"], isDefault: true,
                               purpose: "Files keep their cc_enable_arenas option.")
    static let option = "cc_enable_arenas"
    static let fieldNumber: Int32 = 31
    static func value(_ file: SchemaFile) -> String { String(file.descriptor.options.ccEnableArenas) }
}
