/// What to compile: the module's own files, found through `sources` along with their imports.
public struct CompileRequest: Sendable {
    /// The module's own sources first, then its dependencies' (earlier resolvers win).
    public var sources: [ImportResolver]
    /// Import paths of the files to compile; imports are found through `sources`.
    public var files: [String]
    public var includeSourceInfo: Bool
    /// What the caller will read from the result.
    public var output: Output

    /// `.serialized` for callers that write or hash the descriptor set (`compile`, builds,
    /// bundles); `.descriptors` for callers that only read it (the checks): the native front
    /// end then hands over its descriptors as values, without writing and parsing bytes, and
    /// builds a file's source info only when asked (`CompileResult.sourceInfoProvider`).
    /// Either result answers both; only the one asked for is cheap.
    public enum Output: Sendable {
        case serialized
        case descriptors
    }

    public init(sources: [ImportResolver], files: [String], includeSourceInfo: Bool = true, output: Output = .serialized) {
        self.sources = sources
        self.files = files
        self.includeSourceInfo = includeSourceInfo
        self.output = output
    }
}
