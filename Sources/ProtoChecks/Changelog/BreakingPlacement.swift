import ProtoSchema
import ProtopkgBasics

/// The two places of a breaking finding. The breaking rules report at the current schema (a
/// deletion at what encloses the deleted element); the changelog also shows where the change
/// was in the previous version: the deleted element itself, or the same element or part (its
/// type, its number, an option) as it was written before.
struct BreakingPlacement {
    let previous: Schema
    let current: Schema

    func places(of finding: Finding) -> (previous: ChangelogPlace?, current: ChangelogPlace?, element: String?) {
        let currentPlace = finding.path.isEmpty ? nil
            : ChangelogPlace(path: finding.path, line: finding.startLine, column: finding.startColumn)
        let file = current.filesByPath[finding.path]
        let element = file.flatMap { SchemaCounterparts.element(in: $0, line: finding.startLine, column: finding.startColumn) }
        let before = element.flatMap { SchemaCounterparts.counterpart(of: $0, in: previous) }
        if Self.isDeletion(finding.type),
           let deleted = deletedElement(named: Self.quoted(finding.message), within: before, path: finding.path) {
            return (deleted.place, currentPlace, deleted.name)
        }
        if let element, let before {
            let suffix = file.flatMap {
                SchemaCounterparts.suffix(in: $0, under: element.path, line: finding.startLine, column: finding.startColumn)
            } ?? []
            return (SchemaCounterparts.place(before, suffix: suffix), currentPlace, SchemaCounterparts.fullName(element))
        }
        if element == nil, let file, let old = previous.filesByPath[file.path] {
            // A file-level finding (package, option, syntax): the same statement before, else the file.
            if let suffix = SchemaCounterparts.suffix(in: file, under: [], line: finding.startLine, column: finding.startColumn),
               let span = old.span(suffix) {
                return (ChangelogPlace(path: old.path, line: span.startLine, column: span.startColumn), currentPlace, nil)
            }
            return (ChangelogPlace(path: old.path, line: 1), currentPlace, nil)
        }
        return (nil, currentPlace, element.flatMap(SchemaCounterparts.fullName))
    }

    /// Rules about something that is gone: `FIELD_NO_DELETE`, `PACKAGE_ENUM_NO_DELETE`, ...
    static func isDeletion(_ rule: String) -> Bool { rule.contains("NO_DELETE") }

    /// The strings a finding's message quotes (buf's messages quote every name and number).
    static func quoted(_ message: String) -> Set<String> {
        var out = Set<String>()
        var current: String?
        for c in message {
            if c == "\"" {
                if let text = current { out.insert(text) }
                current = current == nil ? "" : nil
            } else if current != nil {
                current!.append(c)
            }
        }
        return out
    }

    /// The element of the previous schema that is gone from the current one and that the
    /// message names: looked for within `scope` (the counterpart of where the finding is),
    /// then in the finding's file, then in the files of the package the message names. A deleted file is placed at its first line.
    private func deletedElement(named names: Set<String>, within scope: SchemaElement?,
                                path: String) -> (place: ChangelogPlace, name: String?)? {
        guard !names.isEmpty else { return nil }
        for file in previous.files where names.contains(file.path) && current.filesByPath[file.path]?.isTarget != true {
            return (ChangelogPlace(path: file.path, line: 1), nil)
        }
        var searched: [[SchemaElement]] = []
        if let scope { searched.append(SchemaCounterparts.elements(of: scope.file).filter { isWithin($0, scope) }) }
        if let file = previous.filesByPath[path] { searched.append(SchemaCounterparts.elements(of: file)) }
        // A package-level deletion names its package: its files may be others than the finding's.
        searched.append(previous.files.filter { names.contains($0.package) }.flatMap(SchemaCounterparts.elements))
        for candidates in searched {
            let gone = candidates.filter { SchemaCounterparts.counterpart(of: $0, in: current) == nil }
            let scored = gone.map { ($0, SchemaCounterparts.names($0).intersection(names).count) }.filter { $0.1 > 0 }
            if let best = scored.max(by: { $0.1 < $1.1 })?.0 {
                return (SchemaCounterparts.place(best), SchemaCounterparts.fullName(best))
            }
        }
        return nil
    }

    /// True when `element` is `scope` or declared inside it.
    private func isWithin(_ element: SchemaElement, _ scope: SchemaElement) -> Bool {
        element.file === scope.file && element.path.starts(with: scope.path)
    }
}
