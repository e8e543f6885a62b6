import ProtoSchema

struct DirectorySamePackage: ModuleLintRule {
    static let info = RuleInfo(id: "DIRECTORY_SAME_PACKAGE", categories: ["MINIMAL", "BASIC", "STANDARD"], isDefault: true,
                               purpose: "All files of a directory declare the same package.")

    func check(_ schema: Schema, _ context: LintContext) {
        for (directory, files) in Dictionary(grouping: schema.files, by: \.directory).sorted(by: { $0.key < $1.key }) {
            let packages = Set(files.map(\.package))
            guard packages.count > 1 else { continue }
            let named = packages.filter { !$0.isEmpty }.sortedByBytes()
            let listed = named.joined(separator: ",").goQuoted
            let subject = !packages.contains("") ? "Multiple packages \(listed)"
                : named.count > 1 ? "Multiple packages \(listed) and file with no package"
                : "Package \(listed) and file with no package"
            for file in files {
                context.report(DescriptorPart(file, path: [DescriptorPath.File.package]),
                               "\(subject) detected within directory \(directory.goQuoted).")
            }
        }
    }
}
