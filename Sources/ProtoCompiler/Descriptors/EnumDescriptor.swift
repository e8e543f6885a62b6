/// An enum type.
final class EnumDescriptor {
    var name: String
    var fullName = ""
    unowned let file: FileDescriptor
    weak var parent: MessageDescriptor?
    var values: [EnumValueDescriptor] = []
    let options: ElementOptions
    var reservedRanges: [(start: Int32, end: Int32, node: RangeNode)] = []
    var reservedNames: [(name: String, node: ReservedName)] = []
    var visibility: Int32?
    let node: EnumNode
    var path: [Int32]
    var features = ResolvedFeatures.empty

    init(name: String, file: FileDescriptor, parent: MessageDescriptor?, node: EnumNode, path: [Int32]) {
        self.name = name
        self.file = file
        self.parent = parent
        self.node = node
        self.path = path
        options = ElementOptions(path: path + [3])
    }
}
