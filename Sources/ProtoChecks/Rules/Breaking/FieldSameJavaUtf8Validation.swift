import ProtoSchema

/// Whether generated Java code rejects invalid UTF-8 in a string field: the file option
/// `java_string_check_utf8` turns it on, else the field's UTF-8 validation decides.
struct FieldSameJavaUtf8Validation: FieldOrExtensionPairRule {
    static let info = RuleInfo(id: "FIELD_SAME_JAVA_UTF8_VALIDATION", categories: ["FILE", "PACKAGE"], isDefault: true,
                               purpose: "String fields keep their Java UTF-8 validation.")

    /// `FileOptions.java_string_check_utf8`.
    private static let optionPath: [Int32] = [DescriptorPath.File.options, 27]

    func check(previous: SchemaField, current: SchemaField, pairs: SchemaPairs, _ context: BreakingContext) {
        guard previous.type == .string, current.type == .string else { return }
        let (before, after) = (Self.validation(previous), Self.validation(current))
        guard before != after else { return }
        context.report(current, at: current.file.span(Self.optionPath) ?? current.placement(),
                       "\(current.findingText) changed Java string UTF8 validation from \"\(before)\" to \"\(after)\".")
    }

    private static func validation(_ field: SchemaField) -> String {
        if field.file.descriptor.options.javaStringCheckUtf8 { return "VERIFY" }
        return ResolvedFeatures.name(ResolvedFeatures(field).utf8Validation)
    }
}
