import ProtoSchema

/// A statement of a file addressed by its descriptor path: the package (`[2]`), an option
/// (`[8, 11]` for `go_package`, `[5, 0, 3, 2]` for an enum's `allow_alias`). Reporting on it
/// places the finding where buf does, deeper than one `part` number reaches, and, unlike
/// reporting on the file, lets a `buf:lint:ignore` comment on that statement (or on an element
/// enclosing it) apply, as buf does. Where the statement is absent the finding goes to 1:1.
final class DescriptorPart: SchemaElement {
    let file: SchemaFile
    let path: [Int32]

    init(_ file: SchemaFile, path: [Int32]) {
        self.file = file
        self.path = path
    }

    convenience init(_ element: SchemaElement, suffix: [Int32]) {
        self.init(element.file, path: element.path + suffix)
    }
}
