import ProtoSchema
import SwiftProtobuf

/// The C++ type of a string or bytes field: std::string, absl::Cord, a string piece or (from
/// edition 2024) a string_view. Moving from a string piece to a plain string is safe; every
/// other change breaks C++ callers.
struct FieldSameCppStringType: FieldOrExtensionPairRule {
    static let info = RuleInfo(id: "FIELD_SAME_CPP_STRING_TYPE", categories: ["FILE", "PACKAGE"], isDefault: true,
                               purpose: "String and bytes fields keep their C++ string type.")

    /// `FieldOptions.ctype`; `features.(pb.cpp).string_type` is extension 1000, field 2 of `features` (21).
    private static let ctype: Int32 = 1
    private static let stringTypeFeature: [Int32] = [DescriptorPath.Field.options, 21, 1000, 2]

    func check(previous: SchemaField, current: SchemaField, pairs: SchemaPairs, _ context: BreakingContext) {
        // Map keys and values cannot choose a string type.
        if previous.message?.isMapEntry == true && current.message?.isMapEntry == true { return }
        guard [.string, .bytes].contains(previous.type), [.string, .bytes].contains(current.type) else { return }
        let (before, after) = (Self.stringType(previous), Self.stringType(current))
        guard before != after, !(before == "STRING_PIECE" && after == "STRING") else { return }
        let place = current.file.span(current.path + [DescriptorPath.Field.options, Self.ctype])
            ?? current.file.span(current.path + Self.stringTypeFeature) ?? current.placement()
        context.report(current, at: place, "\(current.findingText) changed C++ string type from \(before.goQuoted) to \(after.goQuoted).")
    }

    /// `ctype` where it may still be used (before edition 2024), else the `(pb.cpp).string_type`
    /// feature, whose default is STRING before edition 2024 and VIEW from it.
    private static func stringType(_ field: SchemaField) -> String {
        let edition = field.file.descriptor.edition
        let editionsEra = field.file.syntax == "editions"
        if !editionsEra || edition.rawValue < Google_Protobuf_Edition.edition2024.rawValue, field.descriptor.options.hasCtype {
            switch field.descriptor.options.ctype {
            case .cord: return "CORD"
            case .stringPiece: return "STRING_PIECE"
            default: return "STRING"
            }
        }
        switch ResolvedFeatures(field).language(1000, feature: 2) {
        case 1: return "VIEW"
        case 2: return "CORD"
        case 3: return "STRING"
        case .some(let other): return "\(other)"
        case nil: return editionsEra && edition.rawValue >= Google_Protobuf_Edition.edition2024.rawValue ? "VIEW" : "STRING"
        }
    }
}
