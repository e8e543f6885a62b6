import ProtoSchema

struct PackageNoDelete: PackagePairRule {
    static let info = RuleInfo(id: "PACKAGE_NO_DELETE", categories: ["PACKAGE"], isDefault: false,
                               purpose: "Packages are not deleted.")

    func check(package: String, previous: [SchemaFile], current: [SchemaFile], _ context: BreakingContext) {
        if current.isEmpty {
            context.reportUnplaced("Previously present package \"\(package)\" was deleted.")
        }
    }
}
