/// What to compile: the module's own files, found through `sources` along with their imports.
public struct CompileRequest: Sendable {
    /// The module's own sources first, then its dependencies' (earlier resolvers win).
    public var sources: [ImportResolver]
    /// Import paths of the files to compile; imports are found through `sources`.
    public var files: [String]
    public var includeSourceInfo: Bool

    public init(sources: [ImportResolver], files: [String], includeSourceInfo: Bool = true) {
        self.sources = sources
        self.files = files
        self.includeSourceInfo = includeSourceInfo
    }
}
