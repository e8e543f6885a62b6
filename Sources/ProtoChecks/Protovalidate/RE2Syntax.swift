/// Checks a regular expression the way Go's `regexp.Compile` parses it (RE2 syntax with Perl's
/// extensions), which buf uses for protovalidate's `pattern` rules, and reports the first
/// problem in Go's words (`error parsing regexp: missing closing ): `(a``).
///
/// It accepts what RE2 accepts: flags `(?i)`, `(?imsU-imsU)`, `(?flags:re)`, named groups
/// `(?P<name>re)` and `(?<name>re)`, Unicode classes `\pL`, `\p{Greek}`, `\PN`, `\p{^Greek}`,
/// POSIX classes `[[:alpha:]]`, Perl classes `\d\s\w`, `\Q...\E`, `\A \z \b \B`, octal and hex
/// escapes, counted repetition up to 1000 (also nested: the product may not pass 1000). It
/// rejects what RE2 rejects: lookaround, backreferences, `\C`, `\Z`, `\G`, comments `(?#...)`,
/// `(?x)`, possessive and doubled repetition (`a**`, `a++`), unknown escapes and class names.
/// Go's limits on a pattern's compiled size and nesting depth (millions of instructions, a
/// thousand levels) are not checked.
struct RE2Syntax {
    static func problem(in pattern: String) -> String? {
        var parser = RE2Syntax(s: Array(pattern.unicodeScalars))
        do {
            try parser.parse()
            return nil
        } catch {
            return "error parsing regexp: \(error.code): `\(error.fragment)`"
        }
    }

    struct Failure: Error {
        let code: String
        let fragment: String
    }

    /// What the parse keeps of a regular expression: only counted repetitions matter (their
    /// nesting is limited), everything else is a node with the sub-expressions it holds.
    indirect enum Node {
        case repeated(min: Int, max: Int, Node)
        case holding([Node])
    }

    /// Go's parse stack: expressions, and the markers of an open group and of a `|`.
    enum Item {
        case node(Node)
        case leftParen
        case verticalBar
    }

    let s: [Unicode.Scalar]
    var i = 0
    private var stack: [Item] = []

    private init(s: [Unicode.Scalar]) { self.s = s }

    func text(_ from: Int, _ to: Int) -> String {
        String(String.UnicodeScalarView(s[max(0, from)..<min(to, s.count)]))
    }

    func fail(_ code: String, _ from: Int, _ to: Int) -> Failure { Failure(code: code, fragment: text(from, to)) }

    func at(_ j: Int) -> Unicode.Scalar? { j < s.count ? s[j] : nil }

    mutating func push(_ item: Item) { stack.append(item) }

    private mutating func parse() throws(Failure) {
        // Where the repetition operator just before started, if the last thing read was one.
        var lastRepeat: Int?
        while i < s.count {
            var repeatStart: Int?
            switch s[i] {
            case "(":
                if at(i + 1) == "?" {
                    try perlFlags()
                } else {
                    push(.leftParen)
                    i += 1
                }
            case "|":
                collapse()
                stack.append(.verticalBar)
                i += 1
            case ")":
                // Everything since the group opened becomes the group.
                guard let open = stack.lastIndex(where: { if case .leftParen = $0 { true } else { false } }) else {
                    throw fail("unexpected )", 0, s.count)
                }
                let inside = stack[(open + 1)...].compactMap { if case .node(let n) = $0 { n } else { nil } }
                stack.removeSubrange(open...)
                stack.append(.node(.holding(inside)))
                i += 1
            case "[":
                try characterClass()
                push(.node(.holding([])))
            case "*", "+", "?":
                let before = i
                try repeatTop(min: 0, max: 0, counted: false, before: before, after: i + 1, lastRepeat: lastRepeat)
                repeatStart = before
            case "{":
                let before = i
                guard let (low, high, after) = repeatCount() else {
                    push(.node(.holding([])))   // not a count: a literal `{`
                    i += 1
                    break
                }
                if low < 0 || low > 1000 || high > 1000 || (high >= 0 && low > high) {
                    throw fail("invalid repeat count", before, after)
                }
                try repeatTop(min: low, max: high, counted: true, before: before, after: after, lastRepeat: lastRepeat)
                repeatStart = before
            case "\\":
                try escapeAtTop()
            default:
                push(.node(.holding([])))
                i += 1
            }
            lastRepeat = repeatStart
        }
        if stack.contains(where: { if case .leftParen = $0 { true } else { false } }) {
            throw fail("missing closing )", 0, s.count)
        }
    }

    /// What `|` ends: the expressions since the last `(` or `|`, as one.
    private mutating func collapse() {
        var parts: [Node] = []
        while case .node(let n)? = stack.last {
            parts.insert(n, at: 0)
            stack.removeLast()
        }
        stack.append(.node(.holding(parts)))
    }

    /// Applies `*`, `+`, `?` or a count `{m,n}` (the text from `before` to `after`) to the
    /// expression on top of the stack; a `?` right after makes it non-greedy.
    private mutating func repeatTop(min low: Int, max high: Int, counted: Bool, before: Int, after: Int,
                                    lastRepeat: Int?) throws(Failure) {
        var after = after
        if at(after) == "?" { after += 1 }
        if let lastRepeat { throw fail("invalid nested repetition operator", lastRepeat, after) }
        guard case .node(let sub)? = stack.last else { throw fail("missing argument to repetition operator", before, after) }
        let node: Node = counted ? .repeated(min: low, max: high, sub) : .holding([sub])
        stack[stack.count - 1] = .node(node)
        if counted, low >= 2 || high >= 2, !Self.withinLimit(node, 1000) {
            throw fail("invalid repeat count", before, after)
        }
        i = after
    }

    /// Whether nested counted repetitions stay within `n` copies of the innermost expression.
    private static func withinLimit(_ node: Node, _ n: Int) -> Bool {
        switch node {
        case .repeated(let low, let high, let sub):
            var m = high
            if m == 0 { return true }
            if m < 0 { m = low }
            if m > n { return false }
            return withinLimit(sub, m > 0 ? n / m : n)
        case .holding(let subs):
            return subs.allSatisfy { withinLimit($0, n) }
        }
    }

    /// `{m}`, `{m,}` or `{m,n}` at `i`: the bounds (-1 for a number too large, and for no upper
    /// bound) and where the count ends; nil when the text is not a count.
    private func repeatCount() -> (Int, Int, Int)? {
        var j = i + 1
        guard var low = integer(&j), j < s.count else { return nil }
        var high = low
        if s[j] == "," {
            j += 1
            guard j < s.count else { return nil }
            if s[j] == "}" {
                high = -1
            } else {
                guard let n = integer(&j) else { return nil }
                high = n
                if n < 0 { low = -1 }
            }
        }
        guard j < s.count, s[j] == "}" else { return nil }
        return (low, high, j + 1)
    }

    /// Decimal digits without a leading zero; -1 when the value reaches 10^8.
    private func integer(_ j: inout Int) -> Int? {
        guard let first = at(j), first.properties.numericType == .decimal, first.isASCII else { return nil }
        if first == "0", let next = at(j + 1), next.isASCII, ("0"..."9").contains(next) { return nil }
        var n = 0
        while let c = at(j), c.isASCII, ("0"..."9").contains(c) {
            if n >= 100_000_000 { n = -1 } else if n >= 0 { n = n * 10 + Int(c.value - 48) }
            j += 1
        }
        return n
    }
}
