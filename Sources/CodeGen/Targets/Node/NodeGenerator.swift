import Foundation
import ProtoSchema
import ProtopkgBasics
import SwiftProtobuf

/// Node.js code for messages, enums and (with `grpc`) @grpc/grpc-js services, written by
/// protopkg itself from the descriptors: per `.proto` file a CommonJS module, its TypeScript
/// declarations and an ES module wrapper. What the modules share (the wire and JSON runtime,
/// imported files no dependency package provides, the package index) comes from
/// `supportFiles`; `generatePackage` gives both, ready for `NpmPackager`.
///
/// In a build, `generate` goes through `IncrementalGeneration` (its outputs are per source file)
/// and `supportFiles` is added afterwards, which is cheap:
///
///     let generator = NodeGenerator(grpc: target.grpc, mapping: NodePackageMapping(dependencies: deps))
///     let (files, _) = try IncrementalGeneration(cache: cache, generator: generator).run(set: set, files: ws.files)
///     let all = files.merging(try generator.supportFiles(set: set, files: ws.files)) { a, _ in a }
///     let (name, _, tarball) = try NpmPackager.package(.init(module:, version:, files: all, ...))
///
/// `deps` lists each dependency module whose npm package holds its files (all of them, not only
/// the direct ones: a file may use a type of any file it imports).
public struct NodeGenerator: StubGenerator {
    public let grpc: Bool
    public let mapping: NodePackageMapping

    public init(grpc: Bool, mapping: NodePackageMapping = NodePackageMapping()) {
        self.grpc = grpc
        self.mapping = mapping
    }

    public var signature: String {
        let packages = mapping.packageOfFile.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "\n")
        return "node grpc=\(grpc) runtime=\(NodeRuntime.digest) packages=\(SHA256Hex.of(packages))"
    }

    /// The `_pb.js`, `_pb.d.ts` and `_pb.mjs` of each of `files`.
    public func generate(set: Google_Protobuf_FileDescriptorSet, files: [String]) throws -> GeneratedFiles {
        let context = try NodeGenerationContext(set: set, generator: self)
        var out: GeneratedFiles = [:]
        for path in files { out.merge(try context.emit(path)) { a, _ in a } }
        return out
    }

    /// The runtime, the modules of every file that `files` use types from and that no dependency
    /// package provides (the well-known types, typically), and the package index.
    public func supportFiles(set: Google_Protobuf_FileDescriptorSet, files: [String]) throws -> GeneratedFiles {
        let context = try NodeGenerationContext(set: set, generator: self)
        var out = NodeRuntime.files
        let bundled = try context.bundledFiles(for: files)
        for path in bundled { out.merge(try context.emit(path)) { a, _ in a } }
        let indexed = try (files + bundled).map { try context.file($0) }
        out.merge(try NodeIndexEmitter(files: indexed, symbols: context.symbols).emit()) { a, _ in a }
        return out
    }

    /// Every file of the package: `generate` and `supportFiles` together.
    public func generatePackage(set: Google_Protobuf_FileDescriptorSet, files: [String]) throws -> GeneratedFiles {
        try generate(set: set, files: files).merging(supportFiles(set: set, files: files)) { a, _ in a }
    }

    public func owner(ofGenerated path: String, among files: [String]) -> String? {
        ownerByStem(path, among: files, suffixes: ["_pb.js", "_pb.d.ts", "_pb.mjs"])
    }
}
