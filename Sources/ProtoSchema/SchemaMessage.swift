import SwiftProtobuf

public final class SchemaMessage: SchemaElement {
    public let descriptor: Google_Protobuf_DescriptorProto
    public let name: String
    /// Fully qualified, without a leading dot (`acme.user.v1.User.Address`).
    public let fullName: String
    public unowned let file: SchemaFile
    public private(set) weak var parent: SchemaMessage?
    public let path: [Int32]
    public private(set) var fields: [SchemaField] = []
    public private(set) var oneofs: [SchemaOneof] = []
    public private(set) var messages: [SchemaMessage] = []
    public private(set) var enums: [SchemaEnum] = []
    public private(set) var extensions: [SchemaField] = []

    init(_ d: Google_Protobuf_DescriptorProto, file: SchemaFile, parent: SchemaMessage?, path: [Int32]) {
        descriptor = d
        name = d.name
        let scope = parent?.fullName ?? file.package
        fullName = scope.isEmpty ? d.name : "\(scope).\(d.name)"
        self.file = file
        self.parent = parent
        self.path = path
        let M = DescriptorPath.Message.self
        for (i, o) in d.oneofDecl.enumerated() {
            oneofs.append(SchemaOneof(o, index: i, message: self, path: path + [M.oneofDecl, Int32(i)]))
        }
        for (i, f) in d.field.enumerated() {
            let field = SchemaField(f, file: file, message: self, path: path + [M.field, Int32(i)])
            fields.append(field)
            if f.hasOneofIndex, Int(f.oneofIndex) < oneofs.count { oneofs[Int(f.oneofIndex)].add(field) }
        }
        for (i, n) in d.nestedType.enumerated() {
            messages.append(SchemaMessage(n, file: file, parent: self, path: path + [M.nestedType, Int32(i)]))
        }
        for (i, e) in d.enumType.enumerated() {
            enums.append(SchemaEnum(e, file: file, parent: self, path: path + [M.enumType, Int32(i)]))
        }
        for (i, x) in d.extension.enumerated() {
            extensions.append(SchemaField(x, file: file, message: self, path: path + [M.extension, Int32(i)]))
        }
    }

    public var isMapEntry: Bool { descriptor.options.mapEntry }
    public var reservedNames: [String] { descriptor.reservedName }
    /// Reserved field numbers as half-open ranges [start, end).
    public var reservedRanges: [Range<Int32>] { descriptor.reservedRange.map { $0.start..<$0.end } }
    public var extensionRanges: [Range<Int32>] { descriptor.extensionRange.map { $0.start..<$0.end } }

    public func field(number: Int32) -> SchemaField? { fields.first { $0.number == number } }
    public func field(named name: String) -> SchemaField? { fields.first { $0.name == name } }
}
