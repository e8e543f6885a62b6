import ProtoSchema
import SwiftProtobuf

/// `jstype` decides whether JavaScript code sees a 64-bit integer as a string or a number.
struct FieldSameJstype: FieldOrExtensionPairRule {
    static let info = RuleInfo(id: "FIELD_SAME_JSTYPE", categories: ["FILE", "PACKAGE"], isDefault: true,
                               purpose: "64-bit integer fields keep their jstype.")

    /// `FieldOptions.jstype`.
    private static let optionNumber: Int32 = 6

    func check(previous: SchemaField, current: SchemaField, pairs: SchemaPairs, _ context: BreakingContext) {
        let wide: [Google_Protobuf_FieldDescriptorProto.TypeEnum] = [.int64, .sint64, .uint64, .fixed64, .sfixed64]
        guard wide.contains(previous.type), wide.contains(current.type) else { return }
        let (before, after) = (previous.descriptor.options.jstype, current.descriptor.options.jstype)
        guard before != after else { return }
        context.report(current, path: [DescriptorPath.Field.options, Self.optionNumber],
                       "\(current.findingText) changed option \"jstype\" from \"\(Self.name(before))\" to \"\(Self.name(after))\".")
    }

    private static func name(_ t: Google_Protobuf_FieldOptions.JSType) -> String {
        switch t {
        case .jsString: "JS_STRING"
        case .jsNumber: "JS_NUMBER"
        default: "JS_NORMAL"
        }
    }
}
