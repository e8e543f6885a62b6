import ProtopkgBasics
import Yams

/// Adds a dependency to a protopkg.yaml, or changes the range of one it has, by editing the
/// text in place: comments, spacing and every other line stay as written. Positions come from
/// the YAML parser's marks, so block and flow styles (`deps: { … }`, `{ version: ^1, path: … }`)
/// are both handled; a dependency with a `path` keeps it. The result is parsed again and must be
/// the original manifest with exactly that one change, or nothing is returned.
public enum ManifestDependencyEditor {
    public static func setting(_ name: ModuleName, range: VersionRange, in text: String, file: String) throws -> String {
        let original = try Manifest.parse(yaml: text, file: file)
        var expected = original
        let path = original.dependency(named: name)?.path
        expected.deps = original.deps.filter { $0.name != name } + [Dependency(name: name, range: range, path: path)]
        expected.deps.sort { $0.name < $1.name }

        var editor = TextLines(text)
        let value = scalarText(range.description)
        guard let rootNode = try Yams.compose(yaml: text), case .mapping(let root) = rootNode, !editor.isFlowMapping(rootNode) else {
            throw cannotEdit(file, name, range, why: "its top level is not a block mapping")
        }
        do {
            if let (depsKey, deps) = root.first(where: { $0.key.string == "deps" }).map({ ($0.key, $0.value) }) {
                switch deps {
                case .mapping(let entries):
                    if let existing = entries.first(where: { $0.key.string == name.description })?.value {
                        let target: Node
                        if case .mapping(let fields) = existing {
                            guard let version = fields.first(where: { $0.key.string == "version" })?.value else {
                                throw cannotEdit(file, name, range, why: "its entry has no version")
                            }
                            target = version
                        } else {
                            target = existing
                        }
                        try editor.replaceScalar(target, with: value)
                    } else if editor.isFlowMapping(deps) {
                        try editor.insertIntoFlowMapping(deps, entry: "\(name): \(value)")
                    } else {
                        try editor.insertIntoBlockMapping(entries, key: name.description, entry: "\(name): \(value)")
                    }
                case .scalar where deps.tag.rawValue == Tag.Name.null.rawValue:
                    try editor.clearNull(after: depsKey)
                    editor.lines.insert("  \(name): \(value)", at: try TextLines.line(of: depsKey) + 1)
                default:
                    throw cannotEdit(file, name, range, why: "its deps are not a mapping")
                }
            } else {
                // A new section goes where DESIGN §2 shows it: after the name and the version.
                let anchor = root.filter { $0.key.string == "name" || $0.key.string == "version" }.map(\.value)
                guard let after = try anchor.map({ try TextLines.line(of: $0) }).max() else {
                    throw cannotEdit(file, name, range, why: "it has no name")
                }
                editor.lines.insert(contentsOf: ["deps:", "  \(name): \(value)"], at: after + 1)
            }
        } catch let error as TextLines.EditError {
            throw cannotEdit(file, name, range, why: error.description)
        }

        let result = editor.text
        let parsed: Manifest
        do {
            parsed = try Manifest.parse(yaml: result, file: file)
        } catch {
            throw cannotEdit(file, name, range, why: "the edited text does not parse (\(error))")
        }
        guard parsed == expected else { throw cannotEdit(file, name, range, why: "the edit changed more than that dependency") }
        return result
    }

    /// A range as YAML: plain when it reads back as the same string in block and flow context,
    /// else double-quoted (`>=1.2 <2` would start a folded block, `*` an alias).
    static func scalarText(_ text: String) -> String {
        let allowed = "^~.*-+<>= |0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".unicodeScalars
        let readsBack = { (yaml: String) -> Bool in
            guard let node = (try? Yams.compose(yaml: yaml)) ?? nil, let value = node["k"] else { return false }
            return value.scalar?.string == text && value.tag.rawValue != Tag.Name.null.rawValue
        }
        if !text.isEmpty, text.unicodeScalars.allSatisfy(allowed.contains), readsBack("k: \(text)"), readsBack("{ k: \(text) }") {
            return text
        }
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\"\(escaped)\""
    }

    static func cannotEdit(_ file: String, _ name: ModuleName, _ range: VersionRange, why: String) -> ProtopkgError {
        ProtopkgError("cannot add \(name)@\(range) to the manifest automatically: \(why)", at: file,
                      hint: "add `\(name): \(range)` under `deps:` by hand, then run `protopkg sync`")
    }
}
