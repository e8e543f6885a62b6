/// Prints one parsed file in buf format's layout. The printer keeps buf's model: an indent
/// level that changes at line ends by the brackets opened or closed on the line, a pending
/// space that is dropped before punctuation and line ends, and the previous token written,
/// which decides whether blank lines before the next statement are kept.
final class ProtoFormatter {
    let file: FileNode
    let tokens: FormatTokens
    var out: [UInt8] = []

    var indent = 0
    var lastWritten: UInt8 = 0
    var pendingSpace = false
    var pendingIndent = 0
    var inline = false
    var inCompactOptions = false
    /// Something was written (buf's "previous node is set").
    var hasPrevious = false
    /// The last thing written was `{`, `[` or `<`: the next statement opens a body, so blank
    /// lines before it are dropped.
    var previousIsOpenBrace = false
    /// Trailing comments moved from a dropped message-literal separator to the value before it.
    var trailingOverride: [Int: [FormatComment]] = [:]
    /// Token texts written differently (`<`/`>` of message literals as braces).
    var replacements: [Int: String] = [:]
    /// The first option value that is not valid text format.
    var failure: FormatValueParser.Failure?
    /// Leading comments decided by the file-level sorting, by first token.
    var plans: [Int: LeadingPlan] = [:]

    init(file: FileNode, tokens: FormatTokens) {
        self.file = file
        self.tokens = tokens
    }

    func index(_ token: Token) -> Int { tokens.index(of: token) }

    // MARK: output

    /// Ends the line (writing `text` first, indented, when it is not blank) and applies the
    /// indent change of the brackets opened or closed on it.
    func line(_ text: String = "") {
        if !text.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" }) {
            writeIndent(closing: false)
            write(text)
        }
        write("\n")
        if pendingIndent > 0 {
            indent += 1
        } else if pendingIndent < 0 && indent > 0 {
            indent -= 1
        }
        pendingIndent = 0
    }

    func space() { pendingSpace = true }

    /// Indents at the start of a line; a closing bracket sits one level out.
    func writeIndent(closing: Bool) {
        guard lastWritten == 0x0A else { return }
        var level = indent
        if closing && level > 0 { level -= 1 }
        write(String(repeating: "  ", count: level))
    }

    func write(_ text: String) {
        if pendingSpace {
            pendingSpace = false
            let next = text.utf8.first ?? 0
            let blockedBefore: [UInt8] = inline ? Array("\0 \t\n<[{(".utf8) : Array("\0 \t\n".utf8)
            let blockedAfter: [UInt8] = inline ? Array("\n;,)]}>".utf8) : Array("\n;,".utf8)
            if !blockedBefore.contains(lastWritten) && !blockedAfter.contains(next) {
                out.append(0x20)
            }
        }
        guard let last = text.utf8.last else { return }
        lastWritten = last
        out.append(contentsOf: text.utf8)
    }

    /// Writes a token's text; brackets count toward the indent of the next line.
    func writeTokenText(_ i: Int, as replacement: String? = nil) {
        let text = replacement ?? replacements[i] ?? tokens[i].text
        if tokens[i].isSymbol, text.count == 1 {
            switch text {
            case "{", "[", "(", "<": pendingIndent += 1
            case "}", "]", ")", ">": pendingIndent -= 1
            default: break
            }
        }
        write(text)
    }

    func isClosing(_ i: Int) -> Bool {
        let t = tokens[i]
        return t.isSymbol && (t.text == "}" || t.text == "]" || t.text == ")" || t.text == ">")
    }

    func setPrevious(_ i: Int?) {
        hasPrevious = true
        if let i {
            let t = tokens[i]
            previousIsOpenBrace = t.isSymbol && (t.text == "{" || t.text == "[" || t.text == "<")
        } else {
            previousIsOpenBrace = false
        }
    }

    func trailing(_ i: Int) -> [FormatComment] { trailingOverride[i] ?? tokens[i].trailing }

    static func newlines(_ s: Substring) -> Int { s.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }

    /// Runs the printer over the whole file.
    func run() -> [UInt8] {
        writeFile()
        writeMultilineComments(tokens.eofLeading)
        if lastWritten != 0 && lastWritten != 0x0A { line() }
        return out
    }
}
