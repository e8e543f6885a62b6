import ProtoSchema

struct PackageServiceNoDelete: PackageElementDeletion {
    static let info = RuleInfo(id: "PACKAGE_SERVICE_NO_DELETE", categories: ["PACKAGE"], isDefault: false,
                               purpose: "Services stay in their package, though they may move between its files.")
    static let ancestors: DeletionAncestors = .none
    static let kind = "service"
    static let checksPackagesWithoutTheKind = true
    static func names(_ file: SchemaFile) -> [String] { NestedNames.services(file) }
}
