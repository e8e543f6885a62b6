import Ink

/// Turns a `.proto` comment into HTML for the docs. Comments are text, so plain ones become
/// paragraphs; comments that use Markdown (code spans, lists, links, emphasis, headings) go
/// through Ink. Reference links that name an element (`[Topic][google.pubsub.v1.Topic]`)
/// link to its docs. Raw HTML in a comment shows as text, and the result passes
/// `HTMLAllowlist`, so a comment cannot inject markup.
struct CommentRenderer {
    /// The href of an element by full name (without a leading dot), when it is documented.
    let link: (String) -> String?

    func html(_ comment: String) -> String {
        let text = Self.normalize(comment)
        guard !text.isEmpty else { return "" }
        guard Self.usesMarkdown(text) else { return Self.paragraphs(text) }
        var parser = MarkdownParser()
        parser.addModifier(Modifier(target: .html) { HTMLText.escape(String($0.markdown)) })
        parser.addModifier(Modifier(target: .images) { input in HTMLText.escape(Self.linkText(input.markdown.dropFirst())) })
        parser.addModifier(Modifier(target: .links) { input in self.rewriteLink(input) })
        parser.addModifier(Modifier(target: .headings) { input in
            // A heading inside a comment must not outrank the page's own headings.
            Self.demoteHeading(input.html)
        })
        return HTMLAllowlist.sanitize(parser.html(from: Self.protectLiterals(text)))
    }

    /// Drops the common indentation (protoc keeps the space after `//`), trailing white space
    /// and blank lines at either end.
    static func normalize(_ comment: String) -> String {
        var lines = comment.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            var l = line
            while let last = l.last, last.isWhitespace { l = l.dropLast() }
            return l
        }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        let indent = lines.filter { !$0.isEmpty }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        return joinWrappedLinks(lines.map { $0.isEmpty ? "" : String($0.dropFirst(indent)) }.joined(separator: "\n"))
    }

    /// Hard-wrapped comments often split a link between its text and its target
    /// (`[resource names]\n(https://…)`, `[Topic]\n[google.pubsub.v1.Topic]`): join them again.
    static func joinWrappedLinks(_ text: String) -> String {
        guard text.contains("]") else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            out.append(chars[i])
            if chars[i] == "]" {
                var j = i + 1
                while j < chars.count, chars[j] == " " { j += 1 }
                if j < chars.count, chars[j] == "\n" {
                    var k = j + 1
                    while k < chars.count, chars[k] == " " { k += 1 }
                    if k < chars.count, chars[k] == "(" || chars[k] == "[" { i = k; continue }
                } else if j < chars.count, j > i + 1, chars[j] == "(" {
                    i = j
                    continue
                }
            }
            i += 1
        }
        return out
    }

    static func usesMarkdown(_ text: String) -> Bool {
        if text.contains("`") || text.contains("**") || text.contains("](") || text.contains("][") { return true }
        var previousBlank = true
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") || trimmed.hasPrefix("+ ") || trimmed.hasPrefix("# ")
                || trimmed.hasPrefix("## ") || trimmed.hasPrefix("> ") { return true }
            if let dot = trimmed.firstIndex(of: "."), dot != trimmed.startIndex, trimmed[..<dot].allSatisfy(\.isNumber),
               trimmed[dot...].hasPrefix(". ") { return true }
            if previousBlank && line.hasPrefix("    ") && !trimmed.isEmpty { return true }
            previousBlank = line.isEmpty
        }
        return false
    }

    /// Plain text: paragraphs at blank lines, escaped.
    static func paragraphs(_ text: String) -> String {
        text.components(separatedBy: "\n\n").map { p in
            "<p>" + HTMLText.escape(p.split(separator: "\n").joined(separator: " ")) + "</p>"
        }.joined(separator: "\n")
    }

    /// Outside code, keeps characters that are literal in API comments from turning into
    /// markup: `_` inside names (`customer_id`), `*` in resource patterns (`projects/*/topics/*`)
    /// and `<` (`projects/<project>`).
    static func protectLiterals(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        var inFence = false
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if n > 0 { out += "\n" }
            if line.drop(while: { $0 == " " }).hasPrefix("```") { inFence.toggle() }
            if inFence || line.hasPrefix("    ") || line.hasPrefix("\t") {
                out += line
                continue
            }
            let chars = Array(line)
            var i = 0
            var codeTicks = 0
            while i < chars.count {
                let c = chars[i]
                // A link's target and a bare URL stay as written.
                if codeTicks == 0, let end = Self.literalRun(chars, at: i) {
                    out += String(chars[i..<end])
                    i = end
                    continue
                }
                if c == "`" {
                    var run = 0
                    while i < chars.count && chars[i] == "`" { run += 1; i += 1 }
                    out += String(repeating: "`", count: run)
                    if codeTicks == 0 { codeTicks = run } else if codeTicks == run { codeTicks = 0 }
                    continue
                }
                if codeTicks == 0 {
                    // `projects/<project>` is text, not a tag: Ink passes the reference through.
                    if c == "<" {
                        out += "&lt;"
                        i += 1
                        continue
                    }
                    let before = i > 0 ? chars[i - 1] : " ", after = i + 1 < chars.count ? chars[i + 1] : " "
                    if c == "_" && (before.isLetter || before.isNumber) && (after.isLetter || after.isNumber || after == "_") {
                        out += "\\_"
                        i += 1
                        continue
                    }
                    if c == "*" && (before == "/" || after == "/" || (before == "." && after != "*")) {
                        out += "\\*"
                        i += 1
                        continue
                    }
                }
                out.append(c)
                i += 1
            }
        }
        return out
    }

    /// The end of a run that must stay literal starting at `i`: a link's `](target)`, or a URL
    /// up to the next white space.
    static func literalRun(_ chars: [Character], at i: Int) -> Int? {
        func starts(_ s: String) -> Bool {
            let p = Array(s)
            return i + p.count <= chars.count && Array(chars[i..<(i + p.count)]) == p
        }
        if starts("](") {
            var j = i + 2, depth = 1
            while j < chars.count {
                if chars[j] == "(" { depth += 1 }
                if chars[j] == ")" { depth -= 1; if depth == 0 { return j } }
                j += 1
            }
            return nil
        }
        if starts("http://") || starts("https://") {
            var j = i
            while j < chars.count, !chars[j].isWhitespace, chars[j] != ")", chars[j] != "]" { j += 1 }
            return j
        }
        return nil
    }

    /// A link: to an element's docs when the target names one, kept when it is a web URL,
    /// else just its text.
    func rewriteLink(_ input: Modifier.Input) -> String {
        let markdown = input.markdown
        let text = Self.linkText(markdown)
        var target = ""
        if let close = markdown.lastIndex(of: "]"), markdown[..<close].contains("]") || markdown.last == ")" {
            // [text][target] or [text](target)
            if markdown.last == ")", let open = markdown.range(of: "](") {
                target = String(markdown[open.upperBound..<markdown.index(before: markdown.endIndex)])
            } else if let open = markdown[..<close].lastIndex(of: "[") {
                target = String(markdown[markdown.index(after: open)..<close])
            }
        }
        if target.isEmpty { target = text }
        let name = target.hasPrefix(".") ? String(target.dropFirst()) : target
        let inner = Self.innerHTML(input.html) ?? HTMLText.escape(text)
        if let href = link(name) { return "<a href=\"\(HTMLText.escape(href))\">\(inner)</a>" }
        if HTMLAllowlist.isSafeLink(target) && (target.hasPrefix("http://") || target.hasPrefix("https://")) {
            return "<a href=\"\(HTMLText.escape(target))\">\(inner)</a>"
        }
        return inner
    }

    /// The text between the first `[` and its `]`.
    static func linkText(_ markdown: Substring) -> String {
        guard let open = markdown.firstIndex(of: "[") else { return String(markdown) }
        var depth = 0
        var i = open
        while i < markdown.endIndex {
            if markdown[i] == "[" { depth += 1 }
            if markdown[i] == "]" {
                depth -= 1
                if depth == 0 { return String(markdown[markdown.index(after: open)..<i]) }
            }
            i = markdown.index(after: i)
        }
        return String(markdown[markdown.index(after: open)...])
    }

    /// What Ink put inside `<a href="…">…</a>`.
    static func innerHTML(_ html: String) -> String? {
        guard html.hasPrefix("<a href=\""), html.hasSuffix("</a>"), let close = html.range(of: "\">") else { return nil }
        return String(html[close.upperBound..<html.index(html.endIndex, offsetBy: -4)])
    }

    static func demoteHeading(_ html: String) -> String {
        guard html.count > 4, html.hasPrefix("<h"), let level = Int(String(html[html.index(html.startIndex, offsetBy: 2)])) else {
            return html
        }
        let to = min(6, level + 4)
        return "<h\(to)>" + html.dropFirst(4).dropLast(5) + "</h\(to)>"
    }
}
