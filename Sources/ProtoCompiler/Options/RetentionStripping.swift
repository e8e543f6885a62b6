/// What protoc writes of an options message: without the fields declared
/// `retention = RETENTION_SOURCE` (at any depth), and not at all when nothing is left. The
/// paths of what was removed are kept, so the source info can drop their locations too
/// (protoc's StripSourceRetentionOptions).
enum RetentionStripping {
    /// Fills `output` and `strippedPaths` of every options message of `file`.
    static func apply(_ file: FileDescriptor) {
        for site in file.optionSites {
            let options = site.options
            guard options.isPresent else { continue }
            guard let value = options.value else { continue }
            var removed: [[Int32]] = []
            let stripped = strip(value, path: options.path, removed: &removed)
            // An options message that was empty as written stays, empty.
            if stripped.entries.isEmpty && !removed.isEmpty {
                options.output = nil
                options.strippedPaths = [options.path]
            } else {
                options.output = stripped
                options.strippedPaths = removed
            }
        }
    }

    /// A copy of `message` without source-retention fields; their paths go to `removed`.
    static func strip(_ message: MessageValue, path: [Int32], removed: inout [[Int32]]) -> MessageValue {
        let out = MessageValue(type: message.type)
        for entry in message.entries {
            let fieldPath = path + [entry.field.number]
            if entry.field.hasSourceRetention {
                removed.append(fieldPath)
                continue
            }
            for (i, value) in entry.values.enumerated() {
                if case .message(let m) = value {
                    let childPath = entry.field.isRepeated ? fieldPath + [Int32(i)] : fieldPath
                    out.append(entry.field, .message(strip(m, path: childPath, removed: &removed)))
                } else {
                    out.append(entry.field, value)
                }
            }
        }
        return out
    }
}

extension FieldDescriptor {
    /// `[retention = RETENTION_SOURCE]` (FieldOptions field 17, value 2).
    var hasSourceRetention: Bool {
        guard let value = options.value, case .varint(let v)? = value.values(of: 17).last else { return false }
        return v == 2
    }
}
