import SwiftProtobuf

/// Every file of the compilation, imports first (topological order, as protoc writes them).
public struct CompileResult: Sendable {
    public var descriptorSet: Google_Protobuf_FileDescriptorSet
    /// The requested files (not their imports).
    public var files: [String]
    /// Short identity of the front end, recorded in bundles (`protoc 3.21.12`).
    public var compilerVersion: String

    public init(descriptorSet: Google_Protobuf_FileDescriptorSet, files: [String], compilerVersion: String) {
        self.descriptorSet = descriptorSet
        self.files = files
        self.compilerVersion = compilerVersion
    }

    /// The descriptor set limited to the requested files (what `compile` writes without --include-imports).
    public var withoutImports: Google_Protobuf_FileDescriptorSet {
        let wanted = Set(files)
        var set = Google_Protobuf_FileDescriptorSet()
        set.file = descriptorSet.file.filter { wanted.contains($0.name) }
        return set
    }

    /// The descriptor set without source locations (smaller; for artifacts that need no comments).
    public func strippingSourceInfo(_ set: Google_Protobuf_FileDescriptorSet) -> Google_Protobuf_FileDescriptorSet {
        var copy = set
        for i in copy.file.indices { copy.file[i].clearSourceCodeInfo() }
        return copy
    }
}
