import Yams

/// The descriptor target: the module's `FileDescriptorSet` (with imports and source info) as a
/// file of its own under `dist/`, for tools that read descriptors rather than generated code.
/// It has no options yet; it is a type so that options can be added without changing `Targets`.
public struct DescriptorTarget: Sendable, Equatable {
    public init() {}

    /// Reads `targets.descriptor`: `{}` or nothing at all.
    static func read(_ node: Node, reader: YAMLReader) throws -> DescriptorTarget {
        guard !YAMLReader.isNull(node) else { return DescriptorTarget() }
        _ = try reader.fields(node, path: "targets.descriptor", what: "\"targets.descriptor\"", known: [])
        return DescriptorTarget()
    }
}
