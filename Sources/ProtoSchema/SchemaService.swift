import SwiftProtobuf

public final class SchemaService: SchemaElement {
    public let descriptor: Google_Protobuf_ServiceDescriptorProto
    public let name: String
    public let fullName: String
    public unowned let file: SchemaFile
    public let path: [Int32]
    public private(set) var methods: [SchemaMethod] = []

    init(_ d: Google_Protobuf_ServiceDescriptorProto, file: SchemaFile, path: [Int32]) {
        descriptor = d
        name = d.name
        fullName = file.package.isEmpty ? d.name : "\(file.package).\(d.name)"
        self.file = file
        self.path = path
        for (i, m) in d.method.enumerated() {
            methods.append(SchemaMethod(m, service: self, path: path + [DescriptorPath.Service.method, Int32(i)]))
        }
    }
}
