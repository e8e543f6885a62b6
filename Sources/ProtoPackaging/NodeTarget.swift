import Yams

/// The Node target: an npm package `@owner/name-protos` holding a CommonJS module, an ES module
/// wrapper and TypeScript declarations per `.proto` file, written by protopkg's own generator,
/// with @grpc/grpc-js service definitions and typed clients when `grpc` is set.
public struct NodeTarget: Sendable, Equatable {
    /// Whether to generate grpc-js service definitions and client and server types.
    public var grpc: Bool

    public init(grpc: Bool = false) {
        self.grpc = grpc
    }

    static let keys = ["grpc"]

    /// Reads `targets.node`; a null value (`node:` alone) means all defaults.
    static func read(_ node: Node, reader: YAMLReader) throws -> NodeTarget {
        guard !YAMLReader.isNull(node) else { return NodeTarget() }
        let fields = try reader.fields(node, path: "targets.node", what: "\"targets.node\"", known: keys)
        var target = NodeTarget()
        if let grpc = fields["grpc"] {
            target.grpc = try reader.bool(grpc, path: "targets.node.grpc")
        }
        return target
    }
}
