import ProtoSchema

struct PackageSameDirectory: PackageLintRule {
    static let info = RuleInfo(id: "PACKAGE_SAME_DIRECTORY", categories: ["MINIMAL", "BASIC", "STANDARD"], isDefault: true,
                               purpose: "All files of a package are in one directory.")

    func check(package: String, files: [SchemaFile], _ context: LintContext) {
        let directories = Set(files.map(\.directory))
        guard directories.count > 1 else { return }
        let listed = directories.sortedByBytes().joined(separator: ",").goQuoted
        for file in files {
            context.report(DescriptorPart(file, path: [DescriptorPath.File.package]),
                           "Multiple directories \(listed) contain files with package \(package.goQuoted).")
        }
    }
}
