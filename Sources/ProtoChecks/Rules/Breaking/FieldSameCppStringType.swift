import ProtoSchema
import SwiftProtobuf

/// The C++ type of a string or bytes field (`ctype`): std::string, absl::Cord or a string piece.
/// Moving from a string piece to a plain string is safe; every other change breaks C++ callers.
struct FieldSameCppStringType: FieldOrExtensionPairRule {
    static let info = RuleInfo(id: "FIELD_SAME_CPP_STRING_TYPE", categories: ["FILE", "PACKAGE"], isDefault: true,
                               purpose: "String and bytes fields keep their C++ string type.")

    /// `FieldOptions.ctype`.
    private static let optionNumber: Int32 = 1

    func check(previous: SchemaField, current: SchemaField, pairs: SchemaPairs, _ context: BreakingContext) {
        // Map keys and values cannot choose a string type.
        if previous.message?.isMapEntry == true && current.message?.isMapEntry == true { return }
        guard [.string, .bytes].contains(previous.type), [.string, .bytes].contains(current.type) else { return }
        let (before, after) = (Self.stringType(previous), Self.stringType(current))
        guard before != after, !(before == .stringPiece && after == .string) else { return }
        context.report(current, path: [DescriptorPath.Field.options, Self.optionNumber],
                       "\(current.findingText) changed C++ string type from \"\(Self.name(before))\" to \"\(Self.name(after))\".")
    }

    /// Without `ctype`, fields of proto2 and proto3 files are std::string.
    private static func stringType(_ field: SchemaField) -> Google_Protobuf_FieldOptions.CType {
        field.descriptor.options.hasCtype ? field.descriptor.options.ctype : .string
    }

    private static func name(_ t: Google_Protobuf_FieldOptions.CType) -> String {
        switch t {
        case .cord: "CORD"
        case .stringPiece: "STRING_PIECE"
        default: "STRING"
        }
    }
}
