import Foundation
import ProtoSchema

/// Whether an element is documented, as the COMMENT_* rules judge it: its leading comment (not
/// a trailing or detached one) has a line with text that is not a lint-ignore directive.
enum DocComment {
    static func isDocumented(_ element: SchemaElement) -> Bool {
        for line in element.comments.leading.split(separator: "\n") {
            let text = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty && !CommentIgnore.prefixes.contains(where: { text.hasPrefix($0) }) { return true }
        }
        return false
    }
}
