import ProtoSchema

/// The FILE_SAME_<OPTION> rules: a kept file keeps the value of one file option. Values are
/// compared as the generated code sees them, defaults included, so writing out a default
/// (`optimize_for = SPEED`) or dropping it changes nothing. A change is reported at the
/// option statement of the current file, or at its start when the option is no longer written.
protocol FileOptionComparison: FilePairRule {
    /// The option's name in descriptor.proto (`go_package`).
    static var option: String { get }
    /// Its field number in `FileOptions`, which locates the option statement.
    static var fieldNumber: Int32 { get }
    /// The option's value as buf prints it: the default when unset, `true`/`false`, enum names.
    static func value(_ file: SchemaFile) -> String
}

extension FileOptionComparison {
    func check(previous: SchemaFile, current: SchemaFile?, _ context: BreakingContext) {
        guard let current else { return }
        let was = Self.value(previous), now = Self.value(current)
        guard was != now else { return }
        context.report(current, path: [DescriptorPath.File.options, Self.fieldNumber],
                       "File option \"\(Self.option)\" changed from \(quoted(was)) to \(quoted(now)).")
    }

    /// Quoted with escapes, as buf quotes values (`"Acme\\V1"`).
    private func quoted(_ value: String) -> String {
        var out = "\""
        for c in value.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }
}
