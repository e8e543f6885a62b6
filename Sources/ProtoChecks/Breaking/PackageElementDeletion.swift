import ProtoSchema

/// The PACKAGE_<KIND>_NO_DELETE rules: an element may move between the files of its package,
/// but not leave the package. When the file the element was in still exists (whatever its
/// package now), a deletion is reported at the innermost enclosing message that survives (for a
/// message, anywhere in the package; for an enum or extension, in that file), else at the start
/// of that file; when the file is gone, with no place, as buf does.
///
/// Like buf, a package that no longer has any element of the kind is not checked for that
/// kind (except services, checked as long as the package has a file).
protocol PackageElementDeletion: PackagePairRule {
    /// `message`, `enum`, `extension`, `service`.
    static var kind: String { get }
    /// Package-relative names of the file's elements of the kind.
    static func names(_ file: SchemaFile) -> [String]
    static var checksPackagesWithoutTheKind: Bool { get }
    /// Where a surviving enclosing message is looked for.
    static var ancestors: DeletionAncestors { get }
}

enum DeletionAncestors {
    case package, file, none
}

extension PackageElementDeletion {
    static var checksPackagesWithoutTheKind: Bool { false }
    static var ancestors: DeletionAncestors { .file }

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
        let packageMessages = NestedNames.messageIndex(current)
        for file in previous {
            for name in Self.names(file) where !kept.contains(name) {
                let message = "Previously present \(Self.kind) \(name.goQuoted) was deleted from package \(package.goQuoted)."
                guard let now = filesByPath[file.path] else {
                    context.reportUnplaced(message)
                    continue
                }
                let messages: [String: SchemaMessage] = switch Self.ancestors {
                case .package: packageMessages
                case .file: NestedNames.messageIndex([now])
                case .none: [:]
                }
                context.reportDeleted(name, messages: messages, file: now, message)
            }
        }
    }
}
