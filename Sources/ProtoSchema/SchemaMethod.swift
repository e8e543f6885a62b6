import SwiftProtobuf

public final class SchemaMethod: SchemaElement {
    public let descriptor: Google_Protobuf_MethodDescriptorProto
    public let name: String
    public unowned let service: SchemaService
    public let path: [Int32]

    init(_ d: Google_Protobuf_MethodDescriptorProto, service: SchemaService, path: [Int32]) {
        descriptor = d
        name = d.name
        self.service = service
        self.path = path
    }

    public var file: SchemaFile { service.file }
    public var fullName: String { "\(service.fullName).\(name)" }
    /// Fully qualified, without the leading dot.
    public var inputType: String { Self.strip(descriptor.inputType) }
    public var outputType: String { Self.strip(descriptor.outputType) }
    public var clientStreaming: Bool { descriptor.clientStreaming }
    public var serverStreaming: Bool { descriptor.serverStreaming }

    static func strip(_ s: String) -> String { s.hasPrefix(".") ? String(s.dropFirst()) : s }
}
