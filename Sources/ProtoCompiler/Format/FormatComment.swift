/// A comment as buf's formatter sees it: its text without the line comment's newline, and the
/// whitespace between it and what came before.
struct FormatComment {
    var text: String
    var leadingWhitespace: Substring
    var isLine: Bool
    var startLine: Int32
    var endLine: Int32
}
