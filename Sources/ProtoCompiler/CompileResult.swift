import Foundation
import ProtopkgBasics
import SwiftProtobuf

/// Every file of the compilation, imports first (topological order, as protoc writes them),
/// kept serialized; decoding happens only for callers that need the descriptors.
public final class CompileResult: @unchecked Sendable {
    /// The serialized FileDescriptorSet, with imports and source info.
    public let bytes: Data
    /// The requested files (not their imports).
    public let files: [String]
    /// Short identity of the front end, recorded in bundles (`protoc 3.21.12`).
    public let compilerVersion: String
    private var decoded: Google_Protobuf_FileDescriptorSet?

    public init(bytes: Data, files: [String], compilerVersion: String) {
        self.bytes = bytes
        self.files = files
        self.compilerVersion = compilerVersion
    }

    public func descriptorSet() throws -> Google_Protobuf_FileDescriptorSet {
        if let decoded { return decoded }
        do {
            let set = try Self.decode(bytes)
            decoded = set
            return set
        } catch {
            throw ProtopkgError("cannot decode the compiled descriptor set: \(error)")
        }
    }

    /// The set as `compile` writes it: with or without imports and source info.
    public func serialized(includeImports: Bool, includeSourceInfo: Bool) throws -> Data {
        if includeImports && includeSourceInfo { return bytes }
        return try DescriptorSetBytes.select(bytes, names: includeImports ? nil : Set(files), includeSourceInfo: includeSourceInfo)
    }

    /// Decodes a set file by file on every core: a large tree's set is a hundred megabytes, and
    /// its files are independent messages.
    static func decode(_ bytes: Data) throws -> Google_Protobuf_FileDescriptorSet {
        let files = try DescriptorSetBytes.fileRanges(bytes).concurrentMap { range in
            Result { try Google_Protobuf_FileDescriptorProto(serializedBytes: bytes[range]) }
        }
        var set = Google_Protobuf_FileDescriptorSet()
        set.file = try files.map { try $0.get() }
        return set
    }
}
