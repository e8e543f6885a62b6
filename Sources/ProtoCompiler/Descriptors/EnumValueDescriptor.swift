/// One enum value. Its full name is a sibling of its enum's (C++ scoping).
final class EnumValueDescriptor {
    var name: String
    var fullName = ""
    var number: Int32
    let node: EnumValueNode
    let options: ElementOptions
    unowned let enumType: EnumDescriptor

    init(name: String, number: Int32, node: EnumValueNode, enumType: EnumDescriptor, path: [Int32]) {
        self.name = name
        self.number = number
        self.node = node
        self.enumType = enumType
        options = ElementOptions(path: path + [3])
    }
}
