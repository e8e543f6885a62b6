/// Descriptors: takes a file's AST and gives its descriptors, shaped as protoc's parser
/// shapes a FileDescriptorProto (groups, map entries and proto3 synthetic oneofs generated,
/// `max` ranges resolved), each element keeping its AST node for error positions. The Linker
/// fills in full names, resolved types and interpreted options; the encoder writes them as
/// protoc's `FileDescriptor::CopyTo` does.
final class FileDescriptor {
    let name: String
    let ast: FileNode
    var package = ""
    var packageNode: PackageNode?
    var dependencies: [String] = []
    var dependencyNodes: [ImportNode] = []
    var publicDependencies: [Int32] = []
    var weakDependencies: [Int32] = []
    var optionDependencies: [String] = []
    var optionDependencyNodes: [ImportNode] = []
    var messages: [MessageDescriptor] = []
    var enums: [EnumDescriptor] = []
    var services: [ServiceDescriptor] = []
    var extensions: [FieldDescriptor] = []
    let options = ElementOptions(path: [8])
    /// "proto2", "proto3" or "editions"; and the edition (998 for proto2, 999 for proto3).
    var syntax = "proto2"
    var edition: Int32 = Editions.proto2

    // Set by the linker.
    var resolvedDependencies: [FileDescriptor?] = []
    var resolvedOptionDependencies: [FileDescriptor?] = []
    /// The files whose symbols this file may use: itself, its imports, and what those
    /// re-export with `import public`.
    var visibleFiles: Set<ObjectIdentifier> = []
    var features = ResolvedFeatures.empty
    /// Every element's options, in protoc's allocation order (built once, after lowering).
    private(set) lazy var optionSites: [OptionSite] = OptionSite.collect(self)

    init(name: String, ast: FileNode) {
        self.name = name
        self.ast = ast
    }
}
