import ProtoSchema

/// The PACKAGE_<KIND>_NO_DELETE rules: an element may move between the files of its package,
/// but not leave the package. A deletion is reported at the innermost enclosing message the
/// package still has, else at the start of the file the element was in when that file still
/// exists (whatever its package now), else with no place.
///
/// Like buf, a package that no longer has any element of the kind is not checked for that
/// kind (except services, checked as long as the package has a file).
protocol PackageElementDeletion: PackagePairRule {
    /// `message`, `enum`, `extension`, `service`.
    static var kind: String { get }
    /// Package-relative names of the file's elements of the kind.
    static func names(_ file: SchemaFile) -> [String]
    static var checksPackagesWithoutTheKind: Bool { get }
}

extension PackageElementDeletion {
    static var checksPackagesWithoutTheKind: Bool { false }

    /// Looks up a deleted element's file among all current files, not only the package's.
    func run(_ pairs: SchemaPairs, _ context: BreakingContext) {
        for (name, previous, current) in pairs.packages {
            findDeletions(package: name, previous: previous, current: current, filesByPath: pairs.current.filesByPath, context)
        }
    }

    func check(package: String, previous: [SchemaFile], current: [SchemaFile], _ context: BreakingContext) {
        let byPath = Dictionary(current.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        findDeletions(package: package, previous: previous, current: current, filesByPath: byPath, context)
    }

    private func findDeletions(package: String, previous: [SchemaFile], current: [SchemaFile],
                               filesByPath: [String: SchemaFile], _ context: BreakingContext) {
        guard !current.isEmpty else { return }
        let kept = Set(current.flatMap(Self.names))
        guard !kept.isEmpty || Self.checksPackagesWithoutTheKind else { return }
        let messages = NestedNames.messageIndex(current)
        for file in previous {
            for name in Self.names(file) where !kept.contains(name) {
                context.reportDeleted(name, messages: messages, file: filesByPath[file.path],
                                      "Previously present \(Self.kind) \"\(name)\" was deleted from package \"\(package)\".")
            }
        }
    }
}
