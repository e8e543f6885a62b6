/// A field or an extension, as the parser shapes it, then resolved by the linker.
final class FieldDescriptor {
    var name: String
    var fullName = ""
    unowned let file: FileDescriptor
    var number: Int32
    /// 1 optional, 2 required, 3 repeated.
    var label: Int32
    /// FieldDescriptorProto.Type, when written as a scalar keyword or `group`; otherwise set
    /// by the linker once the name resolves (11 message, 14 enum).
    var type: Int32?
    var typeName: String?
    var extendee: String?
    var defaultValue: [UInt8]?
    let options: ElementOptions
    var oneofIndex: Int?
    var explicitJsonName: String?
    var proto3Optional = false
    let node: FieldNode?
    /// For a map entry's key and value fields: the map field they were made from.
    weak var mapField: FieldDescriptor?
    var extendNode: ExtendNode?
    var path: [Int32]

    // Set by the linker.
    weak var containingMessage: MessageDescriptor?
    /// For extensions: the message (or nil for the file) they are declared in.
    weak var extensionScope: MessageDescriptor?
    var messageType: MessageDescriptor?
    var enumType: EnumDescriptor?
    var extendeeType: MessageDescriptor?
    var jsonName = ""
    var features = ResolvedFeatures.empty

    init(name: String, file: FileDescriptor, number: Int32, label: Int32, node: FieldNode?, path: [Int32]) {
        self.name = name
        self.file = file
        self.number = number
        self.label = label
        self.node = node
        self.path = path
        options = ElementOptions(path: path + [8])
    }

    var isExtension: Bool { extendee != nil }

    /// Where protoc reports errors about an extension's extendee: the extendee's name, but
    /// only for the first field of an `extend` block (the others have no recorded place).
    var extendeeToken: Token? {
        guard let extendNode, let node, extendNode.fields.first === node else { return nil }
        return extendNode.extendee.start
    }
    var isRepeated: Bool { label == 3 }
}
