import SwiftProtobuf

public final class SchemaOneof: SchemaElement {
    public let descriptor: Google_Protobuf_OneofDescriptorProto
    public let name: String
    public let index: Int
    public unowned let message: SchemaMessage
    public let path: [Int32]
    public private(set) var fields: [SchemaField] = []

    init(_ d: Google_Protobuf_OneofDescriptorProto, index: Int, message: SchemaMessage, path: [Int32]) {
        descriptor = d
        name = d.name
        self.index = index
        self.message = message
        self.path = path
    }

    func add(_ field: SchemaField) { fields.append(field) }

    public var file: SchemaFile { message.file }
    /// protoc's synthetic oneof for a proto3 `optional` field: not a oneof a person wrote.
    public var isSynthetic: Bool { fields.count == 1 && fields[0].descriptor.proto3Optional }
}
