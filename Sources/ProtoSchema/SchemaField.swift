import SwiftProtobuf

/// A message field, or an extension (then `extendee` is set).
public final class SchemaField: SchemaElement {
    public let descriptor: Google_Protobuf_FieldDescriptorProto
    public let name: String
    public let number: Int32
    public unowned let file: SchemaFile
    /// The message declaring the field (for an extension, the scope it is declared in, if any).
    public private(set) weak var message: SchemaMessage?
    public let path: [Int32]

    init(_ d: Google_Protobuf_FieldDescriptorProto, file: SchemaFile, message: SchemaMessage?, path: [Int32]) {
        descriptor = d
        name = d.name
        number = d.number
        self.file = file
        self.message = message
        self.path = path
    }

    public var fullName: String {
        let scope = message?.fullName ?? file.package
        return scope.isEmpty ? name : "\(scope).\(name)"
    }
    public var label: Google_Protobuf_FieldDescriptorProto.Label { descriptor.label }
    public var type: Google_Protobuf_FieldDescriptorProto.TypeEnum { descriptor.type }
    /// The referenced message or enum, fully qualified without the leading dot; empty for scalars.
    public var typeName: String { descriptor.typeName.hasPrefix(".") ? String(descriptor.typeName.dropFirst()) : descriptor.typeName }
    public var jsonName: String { descriptor.jsonName }
    public var isExtension: Bool { descriptor.hasExtendee }
    public var extendee: String { descriptor.extendee.hasPrefix(".") ? String(descriptor.extendee.dropFirst()) : descriptor.extendee }
    public var isRepeated: Bool { descriptor.label == .repeated }
    public var isProto3Optional: Bool { descriptor.proto3Optional }
    /// The oneof the field belongs to, counting protoc's synthetic oneofs for proto3 `optional`.
    public var oneof: SchemaOneof? {
        guard descriptor.hasOneofIndex, let m = message, Int(descriptor.oneofIndex) < m.oneofs.count else { return nil }
        return m.oneofs[Int(descriptor.oneofIndex)]
    }
}
