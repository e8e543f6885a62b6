import ProtoSchema

/// Element names relative to their package (`Outer.Inner`, `Outer.ext`): buf keys the elements
/// of a file, and of a package, this way when it looks for deletions, so that an element which
/// moves to another file of the package keeps its identity at package level.
enum NestedNames {
    static func relative(_ fullName: String, package: String) -> String {
        package.isEmpty ? fullName : String(fullName.dropFirst(package.count + 1))
    }

    static func messages(_ file: SchemaFile) -> [(name: String, message: SchemaMessage)] {
        file.allMessages.map { (relative($0.fullName, package: file.package), $0) }
    }

    static func enums(_ file: SchemaFile) -> [String] { file.allEnums.map { relative($0.fullName, package: file.package) } }

    static func extensions(_ file: SchemaFile) -> [String] {
        file.allExtensions.map { relative($0.fullName, package: file.package) }
    }

    static func services(_ file: SchemaFile) -> [String] { file.services.map(\.name) }

    /// The messages of some files by nested name (the first declaration wins).
    static func messageIndex(_ files: [SchemaFile]) -> [String: SchemaMessage] {
        var out: [String: SchemaMessage] = [:]
        for file in files { for (name, m) in messages(file) where out[name] == nil { out[name] = m } }
        return out
    }

    /// The innermost message enclosing `nestedName` that is still in `messages`.
    static func survivingAncestor(of nestedName: String, in messages: [String: SchemaMessage]) -> SchemaMessage? {
        var parts = nestedName.split(separator: ".")
        while parts.count > 1 {
            parts.removeLast()
            if let m = messages[parts.joined(separator: ".")] { return m }
        }
        return nil
    }
}
