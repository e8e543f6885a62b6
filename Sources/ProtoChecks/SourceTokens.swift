import ProtoSchema

/// One token of `.proto` text read where protoc records no places: inside an option's
/// `{ ... }` value, and around a field's `default`. Names, the punctuation that structures an
/// option value, strings and other words; comments and whitespace are skipped.
struct SourceToken {
    enum Kind: Equatable { case name, open, close, colon, separator, equals, other }
    let kind: Kind
    /// The token as written; a string literal is just `string`.
    let text: String
    /// Line and protoc column (1-based), as in `SourceSpan`; `end` is just past the token.
    let start: (line: Int, column: Int)
    let end: (line: Int, column: Int)
}

extension SourceText {
    /// The tokens of a span of protoc positions.
    func tokens(in span: SourceSpan) -> [SourceToken] {
        var tokens: [SourceToken] = []
        var line = span.startLine
        var offset = byteOffset(line: line, column: span.startColumn)
        let endOffset = byteOffset(line: span.endLine, column: span.endColumn)
        let lineCount = self.lineCount
        func atEnd() -> Bool { line > span.endLine || (line == span.endLine && offset >= endOffset) || line > lineCount }
        func at(_ l: Int, _ o: Int) -> UInt8? {
            guard l >= 1, l <= lineCount else { return nil }
            let bytes = self.line(l - 1)
            guard o >= 0, o < bytes.count else { return nil }
            if l > span.endLine || (l == span.endLine && o >= endOffset) { return nil }
            return bytes[bytes.startIndex + o]
        }
        func advance() {
            if offset >= (line <= lineCount ? self.line(line - 1).count : 0) { line += 1; offset = 0 } else { offset += 1 }
        }
        func byte(_ c: Character) -> UInt8 { c.asciiValue! }
        let delimiters = Set(" \t\r{}[]:,;=()\"'#".utf8)
        let isWord: (UInt8) -> Bool = { $0 == byte("_") || $0 >= 0x80 || ($0 >= 0x30 && $0 <= 0x39) || (($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A) }
        let isNameStart: (UInt8) -> Bool = { $0 == byte("_") || $0 >= 0x80 || (($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A) }
        while !atEnd() {
            guard let c = at(line, offset) else { advance(); continue }
            let start = (line, offset)
            if c == byte(" ") || c == byte("\t") || c == byte("\r") || c == 0x0B || c == 0x0C { advance(); continue }
            if c == byte("#") || (c == byte("/") && at(line, offset + 1) == byte("/")) { line += 1; offset = 0; continue }
            if c == byte("/"), at(line, offset + 1) == byte("*") {
                advance(); advance()
                while !atEnd(), !(at(line, offset) == byte("*") && at(line, offset + 1) == byte("/")) { advance() }
                advance(); advance()
                continue
            }
            var text = String(UnicodeScalar(c))
            let kind: SourceToken.Kind
            switch c {
            case byte("{"), byte("["): kind = .open; advance()
            case byte("}"), byte("]"): kind = .close; advance()
            case byte(":"): kind = .colon; advance()
            case byte(","), byte(";"): kind = .separator; advance()
            case byte("="): kind = .equals; advance()
            case byte("("), byte(")"): kind = .other; advance()
            case byte("\""), byte("'"):
                advance()
                while !atEnd(), let d = at(line, offset), d != c {
                    if d == byte("\\") { advance() }
                    advance()
                }
                advance()
                kind = .other
                text = "string"
            default:
                var word: [UInt8] = []
                while let d = at(line, offset), !delimiters.contains(d) {
                    word.append(d)
                    advance()
                    if !isWord(d) && d != byte(".") && d != byte("-") && d != byte("+") { break }
                }
                if word.isEmpty { advance(); continue }
                text = String(decoding: word, as: UTF8.self)
                kind = isNameStart(word[0]) && word.allSatisfy(isWord) ? .name : .other
            }
            tokens.append(SourceToken(kind: kind, text: text, start: (start.0, column(line: start.0, byteOffset: start.1)),
                                      end: (line, column(line: line, byteOffset: offset))))
        }
        return tokens
    }
}
