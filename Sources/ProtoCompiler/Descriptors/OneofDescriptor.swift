/// A oneof, written or synthesized for a proto3 `optional` field.
final class OneofDescriptor {
    var name: String
    var fullName = ""
    let node: OneofNode?
    let options: ElementOptions
    var fields: [FieldDescriptor] = []
    var features = ResolvedFeatures.empty
    var isSynthetic: Bool { node == nil }

    init(name: String, node: OneofNode?, path: [Int32]) {
        self.name = name
        self.node = node
        options = ElementOptions(path: path + [2])
    }
}
