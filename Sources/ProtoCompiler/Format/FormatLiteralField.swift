/// `name: value`, `[ext.name] value`, `[type.url/pkg.Type] { ... }`.
struct FormatLiteralField {
    /// First and last tokens of the name (`[` and `]` when bracketed).
    var nameFirst: Int
    var nameLast: Int
    var colon: Int?
    var value: FormatValue
}
