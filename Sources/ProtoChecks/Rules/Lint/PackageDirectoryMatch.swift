import ProtoSchema

struct PackageDirectoryMatch: FileLintRule {
    static let info = RuleInfo(id: "PACKAGE_DIRECTORY_MATCH", categories: ["MINIMAL", "BASIC", "STANDARD"], isDefault: true,
                               purpose: "Files live in the directory their package spells (acme.user.v1 in acme/user/v1).")

    func check(_ file: SchemaFile, _ context: LintContext) {
        guard !file.package.isEmpty else { return }
        let expected = file.package.split(separator: ".").joined(separator: "/")
        if file.directory != expected {
            context.report(DescriptorPart(file, path: [DescriptorPath.File.package]),
                           "Files with package \(file.package.goQuoted) must be within a directory \"\(expected)\" relative to root but were in directory \"\(file.directory)\".")
        }
    }
}
