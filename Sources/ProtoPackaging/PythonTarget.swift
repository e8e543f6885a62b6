import Yams

/// The Python target: a wheel named `owner-name-protos` holding the `_pb2` modules, and the
/// `_pb2_grpc` stubs when `grpc` is set.
public struct PythonTarget: Sendable, Equatable {
    /// Whether to generate gRPC client and server stubs next to the messages.
    public var grpc: Bool

    public init(grpc: Bool = false) {
        self.grpc = grpc
    }

    static let keys = ["grpc"]

    /// Reads `targets.python`; a null value (`python:` alone) means all defaults.
    static func read(_ node: Node, reader: YAMLReader) throws -> PythonTarget {
        guard !YAMLReader.isNull(node) else { return PythonTarget() }
        let fields = try reader.fields(node, path: "targets.python", what: "\"targets.python\"", known: keys)
        var target = PythonTarget()
        if let grpc = fields["grpc"] {
            target.grpc = try reader.bool(grpc, path: "targets.python.grpc")
        }
        return target
    }
}
