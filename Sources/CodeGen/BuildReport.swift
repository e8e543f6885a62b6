/// What a build did, for the command to print.
public struct BuildReport: Sendable {
    public var upToDate: Bool
    public var version: String
    public var versionSource: String
    /// Output files written (or found current), as display paths.
    public var outputs: [String]
    /// Target → number of source files whose code was regenerated.
    public var regenerated: [String: Int]
    public var compiledFiles: Int
    /// The bundle's absolute path in the output directory.
    public var bundlePath: String
}
