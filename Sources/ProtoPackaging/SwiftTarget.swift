import Yams

/// The Swift target: a SwiftPM source archive holding the protoc-gen-swift messages, and the
/// protoc-gen-grpc-swift-2 client and server stubs when `grpc` is set, served by the registry's
/// Swift package registry as `OWNER.NAME-protos` (see `ModuleName.swiftPackageIdentity`).
public struct SwiftTarget: Sendable, Equatable {
    /// Whether to generate gRPC client and server stubs next to the messages.
    public var grpc: Bool

    public init(grpc: Bool = false) {
        self.grpc = grpc
    }

    static let keys = ["grpc"]

    /// Reads `targets.swift`; a null value (`swift:` alone) means all defaults.
    static func read(_ node: Node, reader: YAMLReader) throws -> SwiftTarget {
        guard !YAMLReader.isNull(node) else { return SwiftTarget() }
        let fields = try reader.fields(node, path: "targets.swift", what: "\"targets.swift\"", known: keys)
        var target = SwiftTarget()
        if let grpc = fields["grpc"] {
            target.grpc = try reader.bool(grpc, path: "targets.swift.grpc")
        }
        return target
    }
}
