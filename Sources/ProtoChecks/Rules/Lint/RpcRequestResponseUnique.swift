import ProtoSchema
import ProtoPackaging

struct RpcRequestResponseUnique: ModuleLintRule {
    static let info = RuleInfo(id: "RPC_REQUEST_RESPONSE_UNIQUE", categories: ["STANDARD"], isDefault: true,
                               purpose: "Each RPC has request and response types of its own, used by no other RPC (configurable).")

    static let empty = "google.protobuf.Empty"

    /// Every RPC of the checked files counts, whatever its package: a type shared across
    /// packages still ties those RPCs together.
    func check(_ schema: Schema, _ context: LintContext) {
        let config = context.config
        let (allowRequests, allowResponses) = (config.rpcAllowGoogleProtobufEmptyRequests, config.rpcAllowGoogleProtobufEmptyResponses)
        let methods = schema.files.flatMap { $0.services.flatMap(\.methods) }
        if !config.rpcAllowSameRequestResponse {
            for method in methods where method.inputType == method.outputType
                && !(method.inputType == Self.empty && allowRequests && allowResponses) {
                context.report(method, "RPC \(method.name.goQuoted) has the same type \(method.inputType.goQuoted) for the request and response.")
            }
        }
        // Each type and the RPCs that use it, as a request or a response (an RPC once).
        var users: [String: [SchemaMethod]] = [:]
        for method in methods {
            users[method.inputType, default: []].append(method)
            if method.outputType != method.inputType { users[method.outputType, default: []].append(method) }
        }
        for (type, using) in users where using.count > 1 {
            guard type == Self.empty, allowRequests || allowResponses else {
                for method in using {
                    context.report(method, "\(type.goQuoted) is used as the request or response type for multiple RPCs.")
                }
                continue
            }
            // google.protobuf.Empty allowed on one side: only the other side must be unique.
            if allowRequests && allowResponses { continue }
            let requests = using.filter { $0.inputType == type }, responses = using.filter { $0.outputType == type }
            if !allowRequests, requests.count > 1 {
                for method in requests { context.report(method, "\(type.goQuoted) is used as the request for multiple RPCs.") }
            }
            if !allowResponses, responses.count > 1 {
                for method in responses { context.report(method, "\(type.goQuoted) is used as the response for multiple RPCs.") }
            }
        }
    }
}
