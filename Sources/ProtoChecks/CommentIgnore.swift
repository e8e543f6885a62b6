import Foundation
import ProtoSchema

/// `// protopkg:lint:ignore RULE_ID` (or buf's `// buf:lint:ignore RULE_ID`) silences a rule
/// for an element, matched as buf matches it:
///
/// - in the leading comment (not a trailing or detached one) of the element or of anything
///   enclosing it by descriptor path: a message covers its fields and nested types, a service
///   its methods, an `extend` block its extensions. A oneof is not on its fields' path, so it
///   covers nothing but itself. Where a path has several locations (each `extend` block of a
///   file shares `[7]`), the first one counts; a group field also reads the comment protoc
///   gives to its group's message;
/// - on a line that, trimmed, starts with the prefix, one space and the rule ID. The ID is
///   matched as a prefix of what follows (buf's behaviour), so a reason may follow it.
enum CommentIgnore {
    static let prefixes = ["protopkg:lint:ignore", "buf:lint:ignore"]

    static func ignores(_ rule: String, element: SchemaElement) -> Bool {
        let path = element.path
        for length in stride(from: path.count, through: 1, by: -1) {
            if mentions(rule, element.file.comments(at: Array(path[0..<length])).leading) { return true }
        }
        // protoc gives a group's leading comment to the message the group declares, not to its
        // field; buf reads it for the field too.
        if let field = element as? SchemaField, field.type == .group,
           let group = (field.message?.messages ?? field.file.messages).first(where: { $0.fullName == field.typeName }) {
            return mentions(rule, group.comments.leading)
        }
        return false
    }

    static func mentions(_ rule: String, _ comment: String) -> Bool {
        // Almost no comment holds a directive: a byte search rules them out before any splitting.
        guard !comment.isEmpty, containsDirectiveMarker(comment) else { return false }
        let directives = prefixes.map { "\($0) \(rule)" }
        for line in comment.split(separator: "\n") {
            let text = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if directives.contains(where: { text.hasPrefix($0) }) { return true }
        }
        return false
    }

    static let marker = Array("lint:ignore ".utf8)

    static func containsDirectiveMarker(_ comment: String) -> Bool {
        var text = comment
        return text.withUTF8 { bytes in
            guard bytes.count >= marker.count else { return false }
            var i = 0
            let last = bytes.count - marker.count
            while i <= last {
                if bytes[i] == marker[0] {
                    var j = 1
                    while j < marker.count && bytes[i + j] == marker[j] { j += 1 }
                    if j == marker.count { return true }
                }
                i += 1
            }
            return false
        }
    }
}
