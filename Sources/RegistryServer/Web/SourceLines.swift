import Foundation
import ProtoSchema

/// A `.proto` file's text by line, to show it with line anchors and to quote what a span of
/// its source info covers (an option as the author wrote it).
struct SourceLines {
    let lines: [Substring]

    init(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.last == "\r" ? line.dropLast() : line
        }
        if lines.last?.isEmpty == true { lines.removeLast() }
        self.lines = lines
    }

    /// The text a span covers. Spans count columns as protoc does: bytes, with a tab advancing
    /// to the next multiple of 8.
    func text(_ span: SourceSpan) -> String? {
        guard span.startLine >= 1, span.endLine <= lines.count, span.startLine <= span.endLine else { return nil }
        if span.startLine == span.endLine {
            let line = lines[span.startLine - 1]
            return String(line[index(in: line, column: span.startColumn)..<index(in: line, column: span.endColumn)])
        }
        var parts = [String(lines[span.startLine - 1][index(in: lines[span.startLine - 1], column: span.startColumn)...])]
        if span.endLine - span.startLine > 1 { parts += lines[span.startLine..<(span.endLine - 1)].map(String.init) }
        let last = lines[span.endLine - 1]
        parts.append(String(last[..<index(in: last, column: span.endColumn)]))
        return parts.joined(separator: "\n")
    }

    /// The index of a 1-based protoc column in a line (the line's end when past it).
    func index(in line: Substring, column: Int) -> Substring.Index {
        var col = 1
        var i = line.startIndex
        while i < line.endIndex && col < column {
            let c = line[i]
            if c == "\t" {
                col += 8 - (col - 1) % 8
            } else {
                col += c.utf8.count
            }
            i = line.index(after: i)
        }
        return i
    }

    /// The file as HTML: one span per line, each with its anchor (`#L12`) and a link to it.
    func html() -> String {
        var out = ""
        out.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 80 })
        for (i, line) in lines.enumerated() {
            let n = i + 1
            out += "<span class=\"line\" id=\"L\(n)\"><a class=\"ln\" href=\"#L\(n)\" aria-label=\"Line \(n)\">\(n)</a>"
            out += HTMLText.escape(String(line))
            out += "</span>"
        }
        return out
    }
}
