/// A service and its methods.
final class ServiceDescriptor {
    var name: String
    var fullName = ""
    unowned let file: FileDescriptor
    var methods: [MethodDescriptor] = []
    let options: ElementOptions
    let node: ServiceNode
    var path: [Int32]
    var features = ResolvedFeatures.empty

    init(name: String, file: FileDescriptor, node: ServiceNode, path: [Int32]) {
        self.name = name
        self.file = file
        self.node = node
        self.path = path
        options = ElementOptions(path: path + [3])
    }
}
