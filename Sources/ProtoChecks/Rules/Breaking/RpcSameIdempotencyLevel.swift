import ProtoSchema
import SwiftProtobuf

/// The idempotency level decides whether clients may retry a call or send it as HTTP GET.
struct RpcSameIdempotencyLevel: MethodPairRule {
    static let info = RuleInfo(id: "RPC_SAME_IDEMPOTENCY_LEVEL", categories: ["CSR", "FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
                               isDefault: true, purpose: "RPCs keep their idempotency level.")

    /// `MethodOptions.idempotency_level`.
    private static let optionNumber: Int32 = 34

    func check(previous: SchemaMethod, current: SchemaMethod, _ context: BreakingContext) {
        let (before, after) = (previous.descriptor.options.idempotencyLevel, current.descriptor.options.idempotencyLevel)
        guard before != after else { return }
        let message = "RPC \"\(current.name)\" on service \"\(current.service.name)\" changed option \"idempotency_level\" "
            + "from \"\(Self.name(before))\" to \"\(Self.name(after))\"."
        // With the option gone there is nothing to point at: buf reports at the file.
        if current.file.span(current.path + [DescriptorPath.Method.options, Self.optionNumber]) != nil {
            context.report(current, path: [DescriptorPath.Method.options, Self.optionNumber], message)
        } else {
            context.report(current.file, message)
        }
    }

    private static func name(_ level: Google_Protobuf_MethodOptions.IdempotencyLevel) -> String {
        switch level {
        case .noSideEffects: "NO_SIDE_EFFECTS"
        case .idempotent: "IDEMPOTENT"
        default: "IDEMPOTENCY_UNKNOWN"
        }
    }
}
