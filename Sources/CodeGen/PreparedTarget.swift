import Foundation

/// A language target whose tools were found, with its remaining work as a closure, so that the
/// builder can check every target's tools before generating anything.
struct PreparedTarget {
    let name: String
    let stamps: [String: String]
    let versions: [String: String]
    let run: () throws -> (generated: (files: GeneratedFiles, regenerated: Int)?, artifacts: [PackagedArtifact])
}
