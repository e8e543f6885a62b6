/// One token with the comments attributed to it and the whitespace right before it (after its
/// last leading comment).
struct FormatToken {
    var token: Token
    var text: String
    var leading: [FormatComment] = []
    var trailing: [FormatComment] = []
    var leadingWhitespace: Substring = ""

    var isSymbol: Bool { token.kind == .symbol }
    func isRune(_ c: Character) -> Bool { token.kind == .symbol && text.first == c && text.count == 1 }
}
