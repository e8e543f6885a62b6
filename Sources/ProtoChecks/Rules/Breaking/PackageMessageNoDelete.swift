import ProtoSchema

struct PackageMessageNoDelete: PackageElementDeletion {
    static let info = RuleInfo(id: "PACKAGE_MESSAGE_NO_DELETE", categories: ["PACKAGE"], isDefault: false,
                               purpose: "Messages stay in their package, though they may move between its files.")
    static let ancestors: DeletionAncestors = .package
    static let kind = "message"
    static func names(_ file: SchemaFile) -> [String] { NestedNames.messages(file).map(\.name) }
}
