import Foundation
import ProtopkgBasics
import SwiftProtobuf

/// Runs a generator only for the files whose inputs changed. A file's key covers its own
/// descriptor (with comments, which reach generated code) and, recursively, its imports' keys:
/// editing a file regenerates it and every file that imports it, nothing else.
struct IncrementalGeneration {
    let cache: BuildCache
    let generator: StubGenerator

    /// (all generated files, how many source files were regenerated).
    func run(set: Google_Protobuf_FileDescriptorSet, files: [String]) throws -> (GeneratedFiles, Int) {
        var keys: [String: String] = [:]
        // protoc writes imports before importers, so one pass in order sees every import's key first.
        for file in set.file {
            var digest = DigestBuilder()
            digest.add(generator.signature)
            digest.add(try file.serializedBytes() as Data)
            for dep in file.dependency { digest.add(keys[dep] ?? "") }
            keys[file.name] = digest.finalize()
        }
        var result: GeneratedFiles = [:]
        var stale: [String] = []
        for f in files {
            if let cached = cache.generated(forKey: keys[f]!) {
                result.merge(cached) { a, _ in a }
            } else {
                stale.append(f)
            }
        }
        guard !stale.isEmpty else { return (result, 0) }
        let fresh = try generator.generate(set: set, files: stale)
        var perFile: [String: GeneratedFiles] = Dictionary(uniqueKeysWithValues: stale.map { ($0, [:]) })
        for (path, data) in fresh {
            guard let owner = generator.owner(ofGenerated: path, among: stale) else {
                throw ProtopkgError("generator output \(path) matches no source file", hint: "report this as a protopkg bug")
            }
            perFile[owner]![path] = data
        }
        for (file, out) in perFile {
            try cache.store(out, forKey: keys[file]!)
            result.merge(out) { a, _ in a }
        }
        return (result, stale.count)
    }
}
