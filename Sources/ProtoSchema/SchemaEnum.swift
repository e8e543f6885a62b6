import SwiftProtobuf

public final class SchemaEnum: SchemaElement {
    public let descriptor: Google_Protobuf_EnumDescriptorProto
    public let name: String
    public let fullName: String
    public unowned let file: SchemaFile
    public private(set) weak var parent: SchemaMessage?
    public let path: [Int32]
    public private(set) var values: [SchemaEnumValue] = []

    init(_ d: Google_Protobuf_EnumDescriptorProto, file: SchemaFile, parent: SchemaMessage?, path: [Int32]) {
        descriptor = d
        name = d.name
        let scope = parent?.fullName ?? file.package
        fullName = scope.isEmpty ? d.name : "\(scope).\(d.name)"
        self.file = file
        self.parent = parent
        self.path = path
        for (i, v) in d.value.enumerated() {
            values.append(SchemaEnumValue(v, enum: self, path: path + [DescriptorPath.Enum.value, Int32(i)]))
        }
    }

    public var allowsAlias: Bool { descriptor.options.allowAlias }
    public var reservedNames: [String] { descriptor.reservedName }
    /// Reserved numbers as closed ranges (enum reserved ranges include their end).
    public var reservedRanges: [ClosedRange<Int32>] { descriptor.reservedRange.map { $0.start...$0.end } }
    public func values(number: Int32) -> [SchemaEnumValue] { values.filter { $0.number == number } }
}
