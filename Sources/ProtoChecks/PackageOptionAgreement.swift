import ProtoSchema
import SwiftProtobuf

/// The check behind the PACKAGE_SAME_* rules: every file of a package gives a file option the
/// same value. An unset option counts as a value of its own (as buf counts it), so one file
/// setting `go_package` while another leaves it out is a disagreement; an empty string is unset.
struct PackageOptionAgreement: Sendable {
    /// The option as written in `.proto` files (`go_package`).
    var option: String
    /// Its field number in FileOptions, to place the finding on the option statement.
    var number: Int32
    /// The value a file gives, nil when it leaves the option unset.
    var value: @Sendable (Google_Protobuf_FileOptions) -> String?

    func check(package: String, files: [SchemaFile], _ context: LintContext) {
        let values = files.map { value($0.descriptor.options).flatMap { $0.isEmpty ? nil : $0 } }
        guard Set(values).count > 1 else { return }
        let given = Set(values.compactMap { $0 }).sortedByBytes().joined(separator: ",").goQuoted
        let message = values.contains(nil)
            ? "Files in package \(package.goQuoted) have both values \(given) and no value for option \(option.goQuoted) and all values must be equal."
            : "Files in package \(package.goQuoted) have multiple values \(given) for option \(option.goQuoted) and all values must be equal."
        for file in files {
            context.report(DescriptorPart(file, path: [DescriptorPath.File.options, number]), message)
        }
    }
}
