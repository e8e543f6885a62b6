import ProtoSchema

/// Whether generated Java code rejects invalid UTF-8 in a string field: the file option
/// `java_string_check_utf8` turns it on (outside editions, or where an editions file sets it),
/// else in editions the `(pb.java).utf8_validation` feature, else the field's UTF-8 validation.
struct FieldSameJavaUtf8Validation: FieldOrExtensionPairRule {
    static let info = RuleInfo(id: "FIELD_SAME_JAVA_UTF8_VALIDATION", categories: ["FILE", "PACKAGE"], isDefault: true,
                               purpose: "String fields keep their Java UTF-8 validation.")

    /// `FileOptions.java_string_check_utf8`; `features.(pb.java).utf8_validation` is extension
    /// 1001, field 2 of `features` (21).
    private static let optionPath: [Int32] = [DescriptorPath.File.options, 27]
    private static let feature: [Int32] = [DescriptorPath.Field.options, 21, 1001, 2]

    func check(previous: SchemaField, current: SchemaField, pairs: SchemaPairs, _ context: BreakingContext) {
        guard previous.type == .string, current.type == .string else { return }
        let (before, after) = (Self.validation(previous), Self.validation(current))
        guard before != after else { return }
        let place = current.file.span(Self.optionPath) ?? current.file.span(current.path + Self.feature) ?? current.placement()
        context.report(current, at: place, "\(current.findingText) changed Java string UTF8 validation from \"\(before)\" to \"\(after)\".")
    }

    private static func validation(_ field: SchemaField) -> String {
        let features = ResolvedFeatures(field)
        let standard = ResolvedFeatures.name(features.utf8Validation)
        let options = field.file.descriptor.options
        if field.file.syntax != "editions" || options.hasJavaStringCheckUtf8 {
            return options.javaStringCheckUtf8 ? "VERIFY" : standard
        }
        // JavaFeatures.Utf8Validation: DEFAULT is 1, VERIFY 2.
        return features.language(1001, feature: 2) == 2 ? "VERIFY" : standard
    }
}
