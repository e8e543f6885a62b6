import ProtoSchema

/// A service as a @grpc/grpc-js service definition (keys are the proto method names, and
/// `originalName` the lowerCamelCase one, so clients get both and servers may implement either),
/// typed client and server interfaces, and `makeXClient`, which builds the client class with the
/// `makeGenericClientConstructor` the application passes in from its own grpc-js.
struct NodeServiceEmitter {
    let service: SchemaService
    let scope: NodeFileScope

    private var names: NodeFileSymbols.ServiceNames { scope.symbols.serviceNames[service.fullName]! }
    private var fullName: String { NodeNames.stringLiteral(service.fullName) }

    func javaScript(_ w: inout NodeCodeWriter) throws {
        try w.block("exports.\(names.definition) = $rt.serviceDefinition(\(fullName), [", "]);") { w in
            for m in service.methods {
                let parts = [NodeNames.stringLiteral(m.name), NodeNames.stringLiteral(NodeNames.lowerFirst(m.name)),
                             try scope.js(m.inputType), try scope.js(m.outputType),
                             String(m.clientStreaming), String(m.serverStreaming)]
                w.line("[" + parts.joined(separator: ", ") + "],")
            }
        }
        w.line("exports.\(names.makeClient) = (makeGenericClientConstructor) =>")
        w.line("  $rt.makeClient(exports.\(names.definition), \(fullName), makeGenericClientConstructor);")
    }

    func declarations(_ w: inout NodeCodeWriter) throws {
        w.doc(service.comments.leading, deprecated: service.descriptor.options.deprecated)
        try w.block("export declare const \(names.definition): {", "};") { w in
            for m in service.methods {
                w.doc(m.comments.leading, deprecated: m.descriptor.options.deprecated)
                w.line("readonly \(NodeNames.key(m.name)): $grpc.MethodDefinition<\(try scope.ts(m.inputType)), \(try scope.ts(m.outputType))>;")
            }
        }
        w.line()
        w.line("/** The handlers a server provides to `server.addService(\(names.definition), handlers)`. */")
        try w.block("export interface \(names.server) extends $grpc.UntypedServiceImplementation {") { w in
            for m in service.methods {
                w.doc(m.comments.leading, deprecated: m.descriptor.options.deprecated)
                let handler: String
                switch (m.clientStreaming, m.serverStreaming) {
                case (false, false): handler = "handleUnaryCall"
                case (false, true): handler = "handleServerStreamingCall"
                case (true, false): handler = "handleClientStreamingCall"
                case (true, true): handler = "handleBidiStreamingCall"
                }
                w.line("\(NodeNames.key(NodeNames.lowerFirst(m.name))): $grpc.\(handler)<\(try scope.ts(m.inputType)), \(try scope.ts(m.outputType))>;")
            }
        }
        w.line()
        try w.block("export interface \(names.client) extends $grpc.Client {") { w in
            for m in service.methods {
                w.doc(m.comments.leading, deprecated: m.descriptor.options.deprecated)
                for signature in try clientSignatures(m) { w.line(signature + ";") }
            }
        }
        w.line()
        w.block("export interface \(names.clientConstructor) {") { w in
            w.line("new (address: string, credentials: $grpc.ChannelCredentials, options?: Partial<$grpc.ClientOptions>): \(names.client);")
            w.line("service: typeof \(names.definition);")
        }
        w.line()
        w.line("/** The client class, built by grpc-js: `make\(service.name)Client(grpc.makeGenericClientConstructor)`. */")
        w.line("export declare function \(names.makeClient)(makeGenericClientConstructor: (methods: typeof \(names.definition), serviceName: string, classOptions?: {}) => unknown): \(names.clientConstructor);")
    }

    /// grpc-js's overloads for each kind of call.
    private func clientSignatures(_ m: SchemaMethod) throws -> [String] {
        let name = NodeNames.key(NodeNames.lowerFirst(m.name))
        let input = try scope.ts(m.inputType)
        let output = try scope.ts(m.outputType)
        let request = "request: $rt.PartialMessage<\(input)>"
        let callback = "callback: (error: $grpc.ServiceError | null, response: \(output)) => void"
        let metadata = "metadata: $grpc.Metadata"
        let options = "options: Partial<$grpc.CallOptions>"
        switch (m.clientStreaming, m.serverStreaming) {
        case (false, false):
            return [
                "\(name)(\(request), \(callback)): $grpc.ClientUnaryCall",
                "\(name)(\(request), \(metadata), \(callback)): $grpc.ClientUnaryCall",
                "\(name)(\(request), \(metadata), \(options), \(callback)): $grpc.ClientUnaryCall",
            ]
        case (false, true):
            return [
                "\(name)(\(request), options?: Partial<$grpc.CallOptions>): $grpc.ClientReadableStream<\(output)>",
                "\(name)(\(request), metadata?: $grpc.Metadata, options?: Partial<$grpc.CallOptions>): $grpc.ClientReadableStream<\(output)>",
            ]
        case (true, false):
            let stream = "$grpc.ClientWritableStream<\(input)>"
            return [
                "\(name)(\(callback)): \(stream)",
                "\(name)(\(metadata), \(callback)): \(stream)",
                "\(name)(\(options), \(callback)): \(stream)",
                "\(name)(\(metadata), \(options), \(callback)): \(stream)",
            ]
        case (true, true):
            let stream = "$grpc.ClientDuplexStream<\(input), \(output)>"
            return [
                "\(name)(options?: Partial<$grpc.CallOptions>): \(stream)",
                "\(name)(metadata?: $grpc.Metadata, options?: Partial<$grpc.CallOptions>): \(stream)",
            ]
        }
    }
}
