/// `{ name: value ... }` or `< ... >`, with the optional `,`/`;` after each field.
struct FormatMessageLiteral {
    var open: Int
    var close: Int
    var fields: [FormatLiteralField] = []
    var separators: [Int?] = []
}
