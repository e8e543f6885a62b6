import SwiftProtobuf

public final class SchemaEnumValue: SchemaElement {
    public let descriptor: Google_Protobuf_EnumValueDescriptorProto
    public let name: String
    public let number: Int32
    public unowned let `enum`: SchemaEnum
    public let path: [Int32]

    init(_ d: Google_Protobuf_EnumValueDescriptorProto, enum e: SchemaEnum, path: [Int32]) {
        descriptor = d
        name = d.name
        number = d.number
        self.enum = e
        self.path = path
    }

    public var file: SchemaFile { self.enum.file }
    /// Enum values are scoped like siblings of their enum (`acme.v1.COLOR_RED`).
    public var fullName: String {
        let scope = self.enum.parent?.fullName ?? self.enum.file.package
        return scope.isEmpty ? name : "\(scope).\(name)"
    }
}
