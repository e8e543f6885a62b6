import ProtoSchema

/// Which file of the previous release a finding with no place is about, so that text output can
/// name it: buf reports a deleted file, a deleted package, or an element whose file is gone with
/// no path at all (`<input>:1:1:…`), which leaves a person guessing.
///
/// Such messages quote what was deleted (`"acme/v1/a.proto"`, `"acme.v1"`, `"Invoice"` in
/// package `"acme.v1"`); the quoted names are looked up in the previous schema.
enum PathlessSubject {
    /// The import path of the previous file the message is about, if one can be told.
    static func file(of message: String, in previous: Schema, current: Schema) -> String? {
        let names = quoted(message)
        if let deleted = names.first(where: { previous.filesByPath[$0] != nil && current.filesByPath[$0] == nil }) {
            return deleted
        }
        for package in names {
            let files = previous.files.filter { $0.package == package }
            guard let first = files.first else { continue }
            let elements = names.filter { $0 != package }.map { "\(package).\($0)" }
            return files.first { file in elements.contains(where: { defines(file, fullName: $0) }) }?.path ?? first.path
        }
        return nil
    }

    static func defines(_ file: SchemaFile, fullName: String) -> Bool {
        file.allMessages.contains { $0.fullName == fullName } || file.allEnums.contains { $0.fullName == fullName }
            || file.services.contains { $0.fullName == fullName } || file.allExtensions.contains { $0.fullName == fullName }
    }

    /// The text between each pair of double quotes, in order.
    static func quoted(_ message: String) -> [String] {
        message.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }
}
