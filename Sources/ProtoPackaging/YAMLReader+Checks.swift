import Foundation
import Yams

/// The value kinds shared by the `lint` and `breaking` sections: rule and category IDs, and
/// file or directory paths to leave out.
extension YAMLReader {
    /// A list of rule or category IDs (`STANDARD`, `ENUM_ZERO_VALUE_SUFFIX`). Whether an ID names
    /// a real rule is checked by the checks layer, which knows the rules; this only refuses text
    /// that cannot be an ID, which is usually a typo or a path in the wrong list.
    func ruleIDs(_ node: Node, path: String) throws -> [String] {
        try strings(node, path: path).map { item in
            try ruleID(item.value, at: item.node, path: path)
        }
    }

    func ruleID(_ text: String, at node: Node, path: String) throws -> String {
        guard Self.isUpperSnake(text) else {
            throw error("\"\(path)\" has \"\(text)\", which is not a rule or category ID", at: node,
                        hint: "IDs are upper snake case, e.g. STANDARD or ENUM_ZERO_VALUE_SUFFIX")
        }
        return text
    }

    /// A list of paths relative to the directory holding the configuration file, as buf v2 has them.
    func relativePaths(_ node: Node, path: String) throws -> [String] {
        try strings(node, path: path).map { item in
            try relativePath(item.value, at: item.node, path: path)
        }
    }

    /// `ignore_only`: a map from rule or category ID to the paths that rule leaves out.
    func ignoreOnly(_ node: Node, path: String) throws -> [String: [String]] {
        var result: [String: [String]] = [:]
        for entry in try mapping(node, path: path, what: "\"\(path)\"") {
            let id = try ruleID(entry.key, at: entry.keyNode, path: path)
            result[id] = Self.isNull(entry.value)
                ? [] : try relativePaths(entry.value, path: Self.join(path, entry.key))
        }
        return result
    }

    /// Removes `./` and trailing slashes so that paths compare equal however they were written,
    /// and refuses paths that would reach outside the module.
    func relativePath(_ text: String, at node: Node, path: String) throws -> String {
        let hint = "paths are relative to the directory of the configuration file, e.g. proto/acme/legacy"
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else {
            throw error("\"\(path)\" has an empty path", at: node, hint: hint)
        }
        guard !trimmed.hasPrefix("/") else {
            throw error("\"\(path)\" has the absolute path \"\(text)\"", at: node, hint: hint)
        }
        // `./a`, `a/`, `a//b` and `a/./b` all name the same directory, as buf normalizes them.
        let parts = trimmed.split(separator: "/").filter { $0 != "." }
        guard !parts.contains("..") else {
            throw error("\"\(path)\" has the path \"\(text)\", which leaves the module directory", at: node, hint: hint)
        }
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    static func isUpperSnake(_ text: String) -> Bool {
        let words = text.split(separator: "_", omittingEmptySubsequences: false)
        guard let first = text.unicodeScalars.first, ("A"..."Z").contains(first) else { return false }
        return words.allSatisfy { word in
            !word.isEmpty && word.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
        }
    }
}
