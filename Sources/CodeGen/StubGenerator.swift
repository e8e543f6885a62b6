import Foundation
import SwiftProtobuf

/// One language's code generator. Generators are run on a descriptor set (never on sources),
/// so they work the same whichever compiler front end produced it.
public protocol StubGenerator {
    /// Identifies the generator and its tool versions; part of every cache key.
    var signature: String { get }
    /// Generates code for `files` (import paths), which must all be in `set` with their imports.
    func generate(set: Google_Protobuf_FileDescriptorSet, files: [String]) throws -> GeneratedFiles
    /// Which generated paths came from which source file, so results can be cached per file.
    func owner(ofGenerated path: String, among files: [String]) -> String?
}

extension StubGenerator {
    /// The source whose path minus `.proto` is a prefix of the generated path's stem.
    func ownerByStem(_ path: String, among files: [String], suffixes: [String]) -> String? {
        for suffix in suffixes where path.hasSuffix(suffix) {
            let stem = String(path.dropLast(suffix.count))
            if let f = files.first(where: { String($0.dropLast(".proto".count)) == stem }) { return f }
        }
        return nil
    }
}
