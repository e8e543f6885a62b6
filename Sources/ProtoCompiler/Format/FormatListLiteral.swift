/// `[a, b, c]` inside a message literal.
struct FormatListLiteral {
    var open: Int
    var close: Int
    var elements: [FormatValue] = []
    var commas: [Int] = []
}
