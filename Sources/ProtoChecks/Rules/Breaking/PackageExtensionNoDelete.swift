import ProtoSchema

struct PackageExtensionNoDelete: PackageElementDeletion {
    static let info = RuleInfo(id: "PACKAGE_EXTENSION_NO_DELETE", categories: ["PACKAGE"], isDefault: false,
                               purpose: "Extensions stay in their package, though they may move between its files.")
    static let kind = "extension"
    static func names(_ file: SchemaFile) -> [String] { NestedNames.extensions(file) }
}
