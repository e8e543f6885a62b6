import Foundation
import ProtopkgBasics
import Yams

/// Reads typed values out of composed YAML nodes for the configuration parsers.
///
/// Every mismatch becomes a `ProtopkgError` located at `file:line:col` of the offending node and
/// naming the key by its dotted path (`targets.go.module`), so a user can jump straight to it.
/// A `null` value (`key:` with nothing after it) counts as absent, so optional sections may be empty.
struct YAMLReader {
    let file: String

    /// One key of a mapping with the nodes of the key and of its value.
    struct Entry {
        let key: String
        let keyNode: Node
        let value: Node
    }

    /// The entries of a mapping whose keys were checked against a known list.
    struct Fields {
        let node: Node
        let entries: [Entry]

        /// The value of `key`, or nil when the key is absent or its value is null.
        subscript(key: String) -> Node? {
            guard let entry = entries.first(where: { $0.key == key }) else { return nil }
            return YAMLReader.isNull(entry.value) ? nil : entry.value
        }
    }

    /// Parses the text into a node tree with marks, turning Yams' errors into located errors.
    /// Returns nil for an empty document.
    func compose(_ yaml: String) throws -> Node? {
        do {
            return try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw convert(error, yaml: yaml)
        }
    }

    // MARK: Locations and errors

    func location(_ node: Node) -> String { location(node.mark) }

    func location(_ mark: Mark?) -> String {
        guard let mark else { return file }
        return "\(file):\(mark.line):\(mark.column)"
    }

    func error(_ message: String, at node: Node, hint: String? = nil) -> ProtopkgError {
        ProtopkgError(message, at: location(node), hint: hint)
    }

    /// Runs a validating initializer on a value and locates its error at the node, naming the key.
    func validate<T>(_ node: Node, key: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ProtopkgError {
            throw ProtopkgError("key \"\(key)\": \(error.message)", at: error.location ?? location(node),
                                hint: error.hint, findings: error.findings)
        } catch {
            throw ProtopkgError("key \"\(key)\": \(error)", at: location(node))
        }
    }

    /// How a node reads in a message: `a list`, `a map`, `null`, `the number 1.3`, `the string "yes"`.
    static func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a map"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            switch node.tag.rawValue {
            case Tag.Name.null.rawValue: return "null"
            case Tag.Name.bool.rawValue: return "the boolean \(scalar.string)"
            case Tag.Name.int.rawValue, Tag.Name.float.rawValue: return "the number \(scalar.string)"
            default: return "the string \"\(scalar.string)\""
            }
        }
    }

    static func isNull(_ node: Node) -> Bool {
        node.scalar != nil && node.tag.rawValue == Tag.Name.null.rawValue
    }

    static func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    // MARK: Typed readers

    /// The entries of a mapping, refusing keys outside `known`.
    /// - Parameters:
    ///   - what: how the mapping is named in messages (`the manifest`, `"lint"`).
    ///   - noun: what a key stands for (`key`, `target`).
    func fields(_ node: Node, path: String, what: String, known: [String], noun: String = "key") throws -> Fields {
        let entries = try mapping(node, path: path, what: what)
        for entry in entries where !known.contains(entry.key) {
            let hint = known.isEmpty
                ? "\(what) takes no \(noun)s; write {}"
                : "known \(noun)s: \(known.joined(separator: ", "))"
            throw error("unknown \(noun) \"\(entry.key)\" in \(what)", at: entry.keyNode, hint: hint)
        }
        return Fields(node: node, entries: entries)
    }

    /// The entries of a mapping in the order written, with any keys.
    func mapping(_ node: Node, path: String, what: String) throws -> [Entry] {
        guard case .mapping(let mapping) = node else {
            throw error("\(what) must be a map of keys, found \(Self.describe(node))", at: node)
        }
        return try mapping.map { pair in
            guard case .scalar(let scalar) = pair.key, !Self.isNull(pair.key) else {
                throw error("a key in \(what) must be a plain word, found \(Self.describe(pair.key))",
                            at: pair.key)
            }
            return Entry(key: scalar.string, keyNode: pair.key, value: pair.value)
        }
    }

    /// Any non-null scalar, as written (YAML's `1.10` stays `1.10`).
    func string(_ node: Node, path: String) throws -> String {
        guard case .scalar(let scalar) = node, !Self.isNull(node) else {
            throw error("\"\(path)\" must be a string, found \(Self.describe(node))", at: node)
        }
        return scalar.string
    }

    /// A YAML boolean. Quoted text such as `"yes"` is a string, not a boolean, and is refused.
    func bool(_ node: Node, path: String) throws -> Bool {
        guard node.scalar != nil, node.tag.rawValue == Tag.Name.bool.rawValue, let value = node.bool else {
            throw error("\"\(path)\" must be true or false, found \(Self.describe(node))", at: node,
                        hint: "write true or false without quotes")
        }
        return value
    }

    /// A list of strings; a single string is not accepted, so that `use: STANDARD` is reported.
    func strings(_ node: Node, path: String) throws -> [(value: String, node: Node)] {
        guard case .sequence(let sequence) = node else {
            throw error("\"\(path)\" must be a list, found \(Self.describe(node))", at: node,
                        hint: "write a list, e.g. \(path.split(separator: ".").last ?? ""): [A, B]")
        }
        return try sequence.map { item in (try string(item, path: path), item) }
    }

    // MARK: Yams errors

    private func convert(_ error: YamlError, yaml: String) -> ProtopkgError {
        let hint = "check the indentation and quoting around that position"
        switch error {
        case let .scanner(context, problem, mark, _),
             let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            var message = "invalid YAML: \(problem)"
            if let context {
                message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
            }
            return ProtopkgError(message, at: location(mark), hint: hint)
        case let .reader(problem, offset, _, _):
            var at = file
            if let offset {
                let (line, column) = Self.position(ofCharacterOffset: offset, in: yaml)
                at = "\(file):\(line):\(column)"
            }
            return ProtopkgError("invalid YAML: \(problem)", at: at, hint: "the file must be UTF-8 text")
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "\"\($0)\"" }.joined(separator: ", ")
            // Yams reports where the key is first written; the repeat comes later in the same map.
            return ProtopkgError("duplicate key \(keys): first written here, then again in the same map",
                                 at: location(context.mark),
                                 hint: "each key may appear once in a map; remove or merge the repeated one")
        default:
            return ProtopkgError("invalid YAML: \(error)", at: file)
        }
    }

    private static func position(ofCharacterOffset offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for character in text.prefix(offset) {
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}
