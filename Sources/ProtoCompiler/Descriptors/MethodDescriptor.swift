/// One rpc of a service.
final class MethodDescriptor {
    var name: String
    var fullName = ""
    var inputTypeName: String
    var outputTypeName: String
    var clientStreaming: Bool
    var serverStreaming: Bool
    let options: ElementOptions
    let node: MethodNode
    var inputType: MessageDescriptor?
    var outputType: MessageDescriptor?
    var features = ResolvedFeatures.empty

    init(node: MethodNode, path: [Int32]) {
        name = node.name
        inputTypeName = node.inputType.name
        outputTypeName = node.outputType.name
        clientStreaming = node.clientStreaming != nil
        serverStreaming = node.serverStreaming != nil
        self.node = node
        options = ElementOptions(path: path + [4])
    }
}
