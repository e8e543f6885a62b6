import Foundation
import ProtopkgBasics
import SwiftProtobuf

/// Every file of the compilation, imports first (topological order, as protoc writes them),
/// kept serialized or as values, whichever the request asked for; the other form is made on
/// first use. Values (`.descriptors`) come without their SourceCodeInfo, which
/// `sourceInfoProvider` builds per file when asked: checks need it only for the files they
/// report on.
public final class CompileResult: @unchecked Sendable {
    /// The requested files (not their imports).
    public let files: [String]
    /// Short identity of the front end, recorded in bundles (`protoc 3.21.12`).
    public let compilerVersion: String
    private let lock = NSLock()
    private var storedBytes: Data?
    private var decoded: Google_Protobuf_FileDescriptorSet?
    /// Makes the bytes of a result that holds values: the compilation that made them, which
    /// alone writes bytes identical to protoc's. Handed to `Disposal` when the result goes.
    private var encoder: (AnyObject & DescriptorSetEncoding)?
    /// Whether `sourceInfoProvider` gives anything: the request asked for source info.
    private var providesSourceInfo = false

    public init(bytes: Data, files: [String], compilerVersion: String) {
        self.storedBytes = bytes
        self.files = files
        self.compilerVersion = compilerVersion
    }

    init(descriptors: Google_Protobuf_FileDescriptorSet, files: [String], compilerVersion: String,
         encoder: AnyObject & DescriptorSetEncoding, sourceInfo: Bool) {
        self.decoded = descriptors
        self.providesSourceInfo = sourceInfo
        self.files = files
        self.compilerVersion = compilerVersion
        self.encoder = encoder
    }

    deinit {
        if let encoder { Disposal.release(encoder) }
    }

    /// The serialized FileDescriptorSet, with imports and source info (if the request had it).
    public var bytes: Data {
        lock.withLock {
            if let storedBytes { return storedBytes }
            let made = encoder?.descriptorSet() ?? Data()
            storedBytes = made
            return made
        }
    }

    /// For a result held as values with source info requested: a file's SourceCodeInfo by
    /// name, which `descriptorSet()` leaves out. Nil when the set carries its own.
    public var sourceInfoProvider: (@Sendable (String) -> Google_Protobuf_SourceCodeInfo?)? {
        guard providesSourceInfo, let encoder else { return nil }
        nonisolated(unsafe) let source = encoder
        return { source.sourceInfo(of: $0) }
    }

    public func descriptorSet() throws -> Google_Protobuf_FileDescriptorSet {
        try lock.withLock {
            if let decoded { return decoded }
            do {
                let set = try Self.decode(storedBytes ?? Data())
                decoded = set
                return set
            } catch {
                throw ProtopkgError("cannot decode the compiled descriptor set: \(error)")
            }
        }
    }

    /// `descriptorSet()` with each file's source info filled in from `sourceInfoProvider` where
    /// the values leave it out: the whole set a decode of `bytes` gives.
    public func completeDescriptorSet() throws -> Google_Protobuf_FileDescriptorSet {
        var set = try descriptorSet()
        guard let provide = sourceInfoProvider else { return set }
        for i in set.file.indices {
            if let info = provide(set.file[i].name) { set.file[i].sourceCodeInfo = info }
        }
        return set
    }

    /// The set as `compile` writes it: with or without imports and source info.
    public func serialized(includeImports: Bool, includeSourceInfo: Bool) throws -> Data {
        let bytes = self.bytes
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
