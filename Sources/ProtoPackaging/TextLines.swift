import Foundation
import ProtopkgBasics
import Yams

/// A YAML document as lines, edited at the positions the parser's marks give (1-based lines
/// and columns counted in Unicode scalars, as libyaml counts them), for editors that must keep
/// everything they do not change byte for byte.
struct TextLines {
    var lines: [String]

    init(_ text: String) { lines = text.components(separatedBy: "\n") }

    var text: String { lines.joined(separator: "\n") }

    struct EditError: Error, CustomStringConvertible {
        var description: String
    }

    static func line(of node: Node) throws -> Int {
        guard let mark = node.mark else { throw EditError(description: "the parser gave no position") }
        return mark.line - 1
    }

    /// Whether a mapping is written in flow style (`{ … }`). Yams' own `style` is not reliable:
    /// it reads the style from the mapping's end event, which has none.
    func isFlowMapping(_ node: Node) -> Bool {
        guard let mark = node.mark, mark.line >= 1, mark.line <= lines.count else { return false }
        let chars = Array(lines[mark.line - 1].unicodeScalars)
        return mark.column >= 1 && mark.column <= chars.count && chars[mark.column - 1] == "{"
    }

    static func indentation(_ line: String) -> Int { line.prefix { $0 == " " }.count }

    static func isBlankOrComment(_ line: String) -> Bool {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        return trimmed.isEmpty || trimmed.hasPrefix("#")
    }

    /// Replaces a one-line scalar's text (plain or quoted), keeping what follows it on the line.
    mutating func replaceScalar(_ node: Node, with replacement: String) throws {
        guard let mark = node.mark, let scalar = node.scalar else { throw EditError(description: "the value is not a scalar") }
        let index = mark.line - 1
        let chars = Array(lines[index].unicodeScalars)
        let start = mark.column - 1
        guard start >= 0, start <= chars.count else { throw EditError(description: "the value's position is off the line") }
        var end: Int
        switch scalar.style {
        case .plain:
            end = start + scalar.string.unicodeScalars.count
            guard end <= chars.count, String(String.UnicodeScalarView(chars[start..<end])) == scalar.string else {
                throw EditError(description: "the value spans several lines")
            }
        case .singleQuoted, .doubleQuoted:
            let quote = chars[start]
            end = start + 1
            while true {
                guard end < chars.count else { throw EditError(description: "the quoted value spans several lines") }
                if quote == "\"" && chars[end] == "\\" { end += 2; continue }
                if chars[end] == quote {
                    if quote == "'" && end + 1 < chars.count && chars[end + 1] == "'" { end += 2; continue }
                    end += 1
                    break
                }
                end += 1
            }
        default:
            throw EditError(description: "the value is a block scalar")
        }
        var view = String.UnicodeScalarView(chars[..<start])
        view.append(contentsOf: replacement.unicodeScalars)
        view.append(contentsOf: chars[end...])
        lines[index] = String(view)
    }

    /// Removes an explicit null (`~`, `null`) written after `key:` on the key's line.
    mutating func clearNull(after key: Node) throws {
        let index = try Self.line(of: key)
        let line = lines[index]
        guard let colon = line.firstIndex(of: ":") else { throw EditError(description: "no colon after the key") }
        let rest = line[line.index(after: colon)...]
        let value = rest.prefix { $0 != "#" }.trimmingCharacters(in: .whitespaces)
        guard value.isEmpty || ["~", "null", "Null", "NULL"].contains(value) else {
            throw EditError(description: "unexpected text after the key")
        }
        if !value.isEmpty, let range = rest.range(of: value) {
            var edited = line
            edited.replaceSubrange(range, with: "")
            // `deps: ~  # none yet` → `deps:  # none yet`, `deps: ~` → `deps:`
            while edited.hasSuffix(" ") { edited.removeLast() }
            lines[index] = edited
        }
    }

    /// Adds `entry` as a new line of a block mapping: before the first key that sorts after it
    /// (above that key's own comment lines), else after the mapping's last entry.
    mutating func insertIntoBlockMapping(_ mapping: Node.Mapping, key: String, entry: String) throws {
        guard let first = mapping.first?.key, let column = first.mark?.column else {
            throw EditError(description: "the mapping is empty")
        }
        let indent = String(repeating: " ", count: column - 1)
        if let later = mapping.first(where: { ($0.key.string ?? "") > key })?.key {
            var at = try Self.line(of: later)
            while at > 0, lines[at - 1].hasPrefix(indent + "#") { at -= 1 }
            lines.insert(indent + entry, at: at)
            return
        }
        guard let lastKey = mapping.reversed().first?.key else { throw EditError(description: "the mapping is empty") }
        let lastKeyLine = try Self.line(of: lastKey)
        var end = lastKeyLine
        var next = lastKeyLine + 1
        while next < lines.count {
            let line = lines[next]
            if Self.isBlankOrComment(line) { next += 1; continue }
            guard Self.indentation(line) > column - 1 else { break }
            end = next
            next += 1
        }
        lines.insert(indent + entry, at: end + 1)
    }

    /// Adds `entry` before the closing brace of a flow mapping (`{}` → `{ entry }`).
    mutating func insertIntoFlowMapping(_ node: Node, entry: String) throws {
        guard let mark = node.mark else { throw EditError(description: "the parser gave no position") }
        var line = mark.line - 1
        var column = mark.column - 1
        var depth = 0
        var quote: Unicode.Scalar?
        while line < lines.count {
            let chars = Array(lines[line].unicodeScalars)
            while column < chars.count {
                let c = chars[column]
                if let q = quote {
                    if q == "\"" && c == "\\" { column += 2; continue }
                    if c == q { quote = nil }
                } else if c == "\"" || c == "'" {
                    quote = c
                } else if c == "#" && (column == 0 || chars[column - 1] == " ") {
                    break
                } else if c == "{" || c == "[" {
                    depth += 1
                } else if c == "}" || c == "]" {
                    depth -= 1
                    if depth == 0 {
                        try insert(entry, beforeClosingBraceAt: line, column)
                        return
                    }
                }
                column += 1
            }
            line += 1
            column = 0
        }
        throw EditError(description: "the flow mapping has no closing brace")
    }

    private mutating func insert(_ entry: String, beforeClosingBraceAt line: Int, _ column: Int) throws {
        // Find the last non-space character before the brace, possibly on an earlier line.
        var l = line
        var c = column - 1
        while l >= 0 {
            let chars = Array(lines[l].unicodeScalars)
            if c >= chars.count { c = chars.count - 1 }
            while c >= 0, chars[c] == " " || chars[c] == "\t" { c -= 1 }
            if c >= 0 { break }
            l -= 1
            c = Int.max
        }
        guard l >= 0 else { throw EditError(description: "no opening brace") }
        let chars = Array(lines[l].unicodeScalars)
        if chars[c] == "{" {
            // Empty: `{}` or `{ }` becomes `{ entry }`.
            if l == line {
                var view = String.UnicodeScalarView(chars[...c])
                view.append(contentsOf: " \(entry) ".unicodeScalars)
                view.append(contentsOf: chars[column...])
                lines[l] = String(view)
            } else {
                throw EditError(description: "an empty flow mapping over several lines")
            }
            return
        }
        var view = String.UnicodeScalarView(chars[...c])
        view.append(contentsOf: ", \(entry)".unicodeScalars)
        view.append(contentsOf: chars[(c + 1)...])
        lines[l] = String(view)
    }
}
