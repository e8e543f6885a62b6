/// A message type, or a group's or map entry's generated message.
final class MessageDescriptor {
    var name: String
    var fullName = ""
    unowned let file: FileDescriptor
    weak var parent: MessageDescriptor?
    var fields: [FieldDescriptor] = []
    var nested: [MessageDescriptor] = []
    var enums: [EnumDescriptor] = []
    var extensionRanges: [ExtensionRangeDescriptor] = []
    var extensions: [FieldDescriptor] = []
    let options: ElementOptions
    var oneofs: [OneofDescriptor] = []
    var reservedRanges: [(start: Int32, end: Int32, node: RangeNode)] = []
    var reservedNames: [(name: String, node: ReservedName)] = []
    /// 1 local, 2 export, when written.
    var visibility: Int32?
    /// Where it was declared: a message statement, a group field, or a map field.
    var node: MessageNode?
    var groupField: FieldNode?
    var mapField: FieldNode?
    var isMapEntry: Bool { mapField != nil }
    var path: [Int32]
    var features = ResolvedFeatures.empty

    init(name: String, file: FileDescriptor, parent: MessageDescriptor?, path: [Int32]) {
        self.name = name
        self.file = file
        self.parent = parent
        self.path = path
        options = ElementOptions(path: path + [7])
    }

    /// Fields by name, built on first use (only the linker's thread asks).
    private var fieldIndex: [String: FieldDescriptor]?

    func field(named name: String) -> FieldDescriptor? {
        if fields.count < 8 { return fields.first { $0.name == name } }
        if fieldIndex == nil { fieldIndex = Dictionary(fields.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a }) }
        return fieldIndex?[name]
    }

    /// The token protoc reports errors about this message's name at.
    var nameToken: Token? {
        if let node { return node.nameToken }
        if let groupField { return groupField.nameToken }
        return nil
    }
}
