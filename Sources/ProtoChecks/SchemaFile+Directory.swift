import ProtoSchema

extension SchemaFile {
    /// The directory of the file relative to the module root, `.` for the root itself.
    var directory: String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return String(path[..<slash])
    }
}
