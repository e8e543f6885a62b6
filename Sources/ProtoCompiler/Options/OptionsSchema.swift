/// Where the options messages (`google.protobuf.FileOptions`, ...) come from: the pool's
/// descriptor.proto when a file of the compilation defines them (so custom options, which
/// extend them, are found), otherwise protoc's own built-in copy (embedded, compiled once).
/// Also holds the feature defaults read from that built-in copy.
final class OptionsSchema: @unchecked Sendable {
    /// descriptor.proto as protoc 35 has it built in, linked on its own.
    private(set) var builtin: FileDescriptor?
    private(set) var builtinTable = SymbolTable()
    private(set) var featureDefaults: FeatureDefaults

    private init(featureDefaults: FeatureDefaults) {
        self.featureDefaults = featureDefaults
    }

    /// Built once: descriptor.proto is compiled with proto2's defaults (all it needs), then
    /// its FeatureSet gives every edition's defaults.
    static let shared: OptionsSchema = {
        let schema = OptionsSchema(featureDefaults: .proto2Only)
        let name = "google/protobuf/descriptor.proto"
        guard let text = EmbeddedProtos.files[name] else { return schema }
        let bytes = Array(text.utf8)
        let ast = bytes.withUnsafeBufferPointer { Parser.parse($0, name: name).0 }
        let file = DescriptorLowering.lower(ast)
        file.resolvedDependencies = []
        let linker = FileLinker(file: file, table: schema.builtinTable, schema: schema)
        schema.builtinTable.addFile(file)
        _ = linker.link()
        schema.builtin = file
        if case .message(let featureSet)? = schema.builtinTable.lookup("google.protobuf.FeatureSet") {
            schema.featureDefaults = FeatureDefaults(featureSet: featureSet)
        }
        return schema
    }()

    /// The message `name` (a full name without the leading dot) from `pool`, else built in.
    func message(_ name: String, pool: SymbolTable) -> MessageDescriptor? {
        if case .message(let m)? = pool.lookup(name) { return m }
        return builtinMessage(name)
    }

    func builtinMessage(_ name: String) -> MessageDescriptor? {
        if case .message(let m)? = builtinTable.lookup(name) { return m }
        return nil
    }
}
