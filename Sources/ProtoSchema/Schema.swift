import ProtopkgBasics
import SwiftProtobuf

/// An indexed view of a descriptor set, built once and shared by lint, breaking, the version
/// decision and documentation. Lookups by full name cover imports too, so a check can follow a
/// field's type into another module.
public final class Schema {
    /// The files being checked, sorted by path.
    public let files: [SchemaFile]
    /// Every file of the set, imports included, by path.
    public let filesByPath: [String: SchemaFile]
    public let messagesByName: [String: SchemaMessage]
    public let enumsByName: [String: SchemaEnum]
    public let servicesByName: [String: SchemaService]
    /// Where the files' source info comes from when the set leaves it out (the native
    /// compiler's values: see `CompileResult.sourceInfoProvider`); a view of some of the files
    /// is built with the same.
    public let sourceInfo: SourceInfoProvider?

    public typealias SourceInfoProvider = @Sendable (String) -> Google_Protobuf_SourceCodeInfo?

    /// `targets`: the paths of the files to check; nil means every file of the set.
    /// `sourceInfo`: a file's SourceCodeInfo by path, read on a file's first use of places or
    /// comments; without it, each file's own `source_code_info` is read.
    public init(_ set: Google_Protobuf_FileDescriptorSet, targets: Set<String>? = nil, sourceInfo: SourceInfoProvider? = nil) {
        self.sourceInfo = sourceInfo
        var byPath: [String: SchemaFile] = [:]
        var messages: [String: SchemaMessage] = [:]
        var enums: [String: SchemaEnum] = [:]
        var services: [String: SchemaService] = [:]
        // Files are indexed on every core; the first file of a name wins, as before.
        let descriptors = set.file
        let built = descriptors.concurrentMap {
            SchemaFile($0, isTarget: targets?.contains($0.name) ?? true, sourceInfo: sourceInfo)
        }
        byPath.reserveCapacity(descriptors.count)
        messages.reserveCapacity(built.reduce(0) { $0 + $1.allMessages.count })
        enums.reserveCapacity(built.reduce(0) { $0 + $1.allEnums.count })
        for file in built where byPath[file.path] == nil {
            byPath[file.path] = file
            for m in file.allMessages { messages[m.fullName] = m }
            for e in file.allEnums { enums[e.fullName] = e }
            for s in file.services { services[s.fullName] = s }
        }
        filesByPath = byPath
        files = byPath.values.filter(\.isTarget).sorted { $0.path < $1.path }
        messagesByName = messages
        enumsByName = enums
        servicesByName = services
    }

    /// The checked files grouped by package, packages sorted.
    public var packages: [(name: String, files: [SchemaFile])] {
        Dictionary(grouping: files, by: \.package).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
