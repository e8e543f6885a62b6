import ProtoSchema

struct PackageEnumNoDelete: PackageElementDeletion {
    static let info = RuleInfo(id: "PACKAGE_ENUM_NO_DELETE", categories: ["PACKAGE"], isDefault: false,
                               purpose: "Enums stay in their package, though they may move between its files.")
    static let kind = "enum"
    static func names(_ file: SchemaFile) -> [String] { NestedNames.enums(file) }
}
