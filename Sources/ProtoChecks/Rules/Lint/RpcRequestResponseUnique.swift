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
        let methods = schema.files.flatMap { $0.services.flatMap(\.methods) }
        var uses: [String: Int] = [:]
        for method in methods {
            for type in counted(method, config) { uses[type, default: 0] += 1 }
        }
        for method in methods {
            let emptyAllowed = config.rpcAllowGoogleProtobufEmptyRequests && config.rpcAllowGoogleProtobufEmptyResponses
            if method.inputType == method.outputType, !config.rpcAllowSameRequestResponse,
               !(emptyAllowed && method.inputType == Self.empty) {
                context.report(method, "RPC \"\(method.name)\" uses \"\(method.inputType)\" as both its request and its response.")
            }
            for type in counted(method, config) where uses[type, default: 0] > 1 {
                context.report(method, "\"\(type)\" is the request or response type of RPC \"\(method.name)\" and of other RPCs.")
            }
        }
    }

    /// The types a method is counted as using: each once, leaving out google.protobuf.Empty
    /// where the configuration allows it on that side.
    private func counted(_ method: SchemaMethod, _ config: LintConfig) -> [String] {
        var types: [String] = []
        if !(config.rpcAllowGoogleProtobufEmptyRequests && method.inputType == Self.empty) { types.append(method.inputType) }
        if !(config.rpcAllowGoogleProtobufEmptyResponses && method.outputType == Self.empty), !types.contains(method.outputType) {
            types.append(method.outputType)
        }
        return types
    }
}
