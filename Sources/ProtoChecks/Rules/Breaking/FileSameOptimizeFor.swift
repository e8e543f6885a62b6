import ProtoSchema

struct FileSameOptimizeFor: FileOptionComparison {
    static let info = RuleInfo(id: "FILE_SAME_OPTIMIZE_FOR", categories: ["FILE", "PACKAGE"], isDefault: true,
                               purpose: "Files keep their optimize_for option.")
    static let option = "optimize_for"
    static let fieldNumber: Int32 = 9
    static func value(_ file: SchemaFile) -> String {
        switch file.descriptor.options.optimizeFor.rawValue {
        case 2: return "CODE_SIZE"
        case 3: return "LITE_RUNTIME"
        default: return "SPEED"
        }
    }
}
