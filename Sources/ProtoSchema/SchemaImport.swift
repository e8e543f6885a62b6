/// One `import` statement of a file.
public final class SchemaImport: SchemaElement {
    public let importPath: String
    public let isPublic: Bool
    public let isWeak: Bool
    public unowned let file: SchemaFile
    public let path: [Int32]

    init(path importPath: String, isPublic: Bool, isWeak: Bool, file: SchemaFile, path_: [Int32]) {
        self.importPath = importPath
        self.isPublic = isPublic
        self.isWeak = isWeak
        self.file = file
        path = path_
    }
}
