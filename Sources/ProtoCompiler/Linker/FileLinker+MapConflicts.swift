extension FileLinker {
    /// protoc's DetectMapConflicts, run only once a file has errors: explains a map entry
    /// type that clashes with a nested type, field, enum or oneof of the same name.
    func detectMapConflicts(_ message: MessageDescriptor) {
        var seen: [String: MessageDescriptor] = [:]
        for nested in message.nested {
            if let existing = seen[nested.name] {
                if existing.isMapEntry || nested.isMapEntry {
                    addError(message.nameToken, "Expanded map entry type \(nested.name) conflicts with an existing nested message type.")
                    break
                }
            } else {
                seen[nested.name] = nested
            }
            detectMapConflicts(nested)
        }
        for field in message.fields {
            if let entry = seen[field.name], entry.isMapEntry {
                addError(message.nameToken, "Expanded map entry type \(entry.name) conflicts with an existing field.")
            }
        }
        for e in message.enums {
            if let entry = seen[e.name], entry.isMapEntry {
                addError(message.nameToken, "Expanded map entry type \(entry.name) conflicts with an existing enum type.")
            }
        }
        for oneof in message.oneofs {
            if let entry = seen[oneof.name], entry.isMapEntry {
                addError(message.nameToken, "Expanded map entry type \(entry.name) conflicts with an existing oneof type.")
            }
        }
    }
}
