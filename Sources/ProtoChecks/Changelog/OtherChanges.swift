import ProtoSchema
import SwiftProtobuf

/// The differences that neither break nor add to the API surface, so that a patch release's
/// changelog says what changed: edited comments, deletions the breaking rules in use accept,
/// and files that changed otherwise (reserved ranges, layout, positions).
struct OtherChanges {
    let previous: Schema
    let current: Schema

    /// `accounted`: the breaking and addition entries; files they cover get no generic entry.
    func list(accounted: [ChangelogEntry]) -> [ChangelogEntry] {
        var out: [ChangelogEntry] = []
        let pairs = SchemaPairs(previous: previous, current: current)
        func commentChange(_ before: SchemaElement, _ after: SchemaElement, _ what: String) {
            let a = before.comments, b = after.comments
            guard a.leading != b.leading || a.trailing != b.trailing else { return }
            out.append(ChangelogEntry(kind: .change, rule: "COMMENT", message: "Changed the comment of \(what).",
                                      previous: SchemaCounterparts.place(before), current: SchemaCounterparts.place(after),
                                      element: SchemaCounterparts.fullName(after)))
        }
        for (p, c) in pairs.services { commentChange(p, c, "service \"\(c.fullName)\"") }
        for (p, c) in pairs.methods { commentChange(p, c, "RPC \"\(c.fullName)\"") }
        for (p, c) in pairs.messages where !c.isMapEntry { commentChange(p, c, "message \"\(c.fullName)\"") }
        for (p, c) in pairs.fields where c.message?.isMapEntry != true { commentChange(p, c, "field \"\(c.fullName)\"") }
        for (p, c) in pairs.enums { commentChange(p, c, "enum \"\(c.fullName)\"") }
        for (p, c) in pairs.enumValues { commentChange(p, c, "enum value \"\(c.fullName)\"") }

        // Deletions the breaking rules in use do not report.
        let reported = Set(accounted.compactMap(\.previous))
        func deletion(_ element: SchemaElement, _ what: String) {
            let place = SchemaCounterparts.place(element)
            guard !reported.contains(place) else { return }
            out.append(ChangelogEntry(kind: .change, rule: "DELETION", message: "Deleted \(what).", previous: place,
                                      element: SchemaCounterparts.fullName(element)))
        }
        for (file, now) in pairs.files {
            guard let now else {
                if !accounted.contains(where: { $0.previous?.path == file.path || $0.message.contains("\"\(file.path)\"") }) {
                    out.append(ChangelogEntry(kind: .change, rule: "DELETION", message: "Deleted file \"\(file.path)\".",
                                              previous: ChangelogPlace(path: file.path, line: 1)))
                }
                continue
            }
            _ = now
            for m in file.allMessages where !m.isMapEntry && current.messagesByName[m.fullName] == nil {
                deletion(m, "message \"\(m.fullName)\"")
            }
            for e in file.allEnums where current.enumsByName[e.fullName] == nil { deletion(e, "enum \"\(e.fullName)\"") }
            for s in file.services where current.servicesByName[s.fullName] == nil { deletion(s, "service \"\(s.fullName)\"") }
        }
        for (p, c) in pairs.messages where !c.isMapEntry {
            for f in p.fields where c.field(number: f.number) == nil { deletion(f, "field \"\(f.fullName)\" (\(f.number))") }
        }
        for (p, c) in pairs.enums {
            for v in p.values where c.values(number: v.number).isEmpty { deletion(v, "enum value \"\(v.fullName)\" (\(v.number))") }
        }
        for (p, c) in pairs.services {
            for m in p.methods where !c.methods.contains(where: { $0.name == m.name }) { deletion(m, "RPC \"\(m.fullName)\"") }
        }

        // Files that differ in a way no entry names: the rest of the descriptor, or only positions.
        let named = Set((accounted + out).flatMap { [$0.previous?.path, $0.current?.path] }.compactMap { $0 })
        for (file, now) in pairs.files {
            guard let now, !named.contains(now.path), !file.isIdentical(to: now) else { continue }
            var a = file.descriptor, b = now.descriptor
            a.clearSourceCodeInfo()
            b.clearSourceCodeInfo()
            let message = a == b ? "Moved or reformatted declarations in \"\(now.path)\" (no change to the API)."
                : "Changed \"\(now.path)\" without changing the API surface (reserved names or numbers, imports, ordering)."
            out.append(ChangelogEntry(kind: .change, rule: "FILE", message: message,
                                      previous: ChangelogPlace(path: file.path, line: 1), current: ChangelogPlace(path: now.path, line: 1)))
        }
        return out
    }
}
