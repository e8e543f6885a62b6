/// The file level: `syntax` or `edition` first, then the package, the imports sorted by path
/// (`import option` last), the file options (built-in before custom, each group sorted by
/// name), then the other declarations in source order.
///
/// Sorting moves declarations but not the comments that stand apart from them: a comment
/// group separated by a blank line from the declaration after it (a detached comment) stays
/// where it was in the file, so it is written before the first declaration printed that came
/// after it in the source (buf keeps them at the section boundary instead of moving them
/// with a declaration they do not describe).
extension ProtoFormatter {
    enum FileDecl {
        case syntax(SyntaxNode)
        case package(PackageNode)
        case importDecl(ImportNode)
        case option(OptionNode)
        case type(FileElement)
    }

    struct FileEntry {
        var decl: FileDecl
        var source: Int
        var first: Int
    }

    /// How the blank line before a header declaration is decided.
    enum StartMode { case normal, sectionStart, compact }

    /// The leading comments a declaration's first token is written with, when sorting changed them.
    struct LeadingPlan {
        var comments: [FormatComment]
        var tokenWhitespace: Substring
        var mode: StartMode
    }

    func writeFile() {
        var entries: [FileEntry] = []
        if let syntax = file.syntax {
            entries.append(FileEntry(decl: .syntax(syntax), source: 0, first: index(syntax.keyword)))
        }
        for (n, element) in file.elements.enumerated() {
            let source = n + 1
            switch element {
            case .package(let p): entries.append(FileEntry(decl: .package(p), source: source, first: index(p.keyword)))
            case .importDecl(let i): entries.append(FileEntry(decl: .importDecl(i), source: source, first: index(i.keyword)))
            case .option(let o): entries.append(FileEntry(decl: .option(o), source: source, first: index(o.start)))
            case .message(let m): entries.append(FileEntry(decl: .type(element), source: source, first: index(m.visibility ?? m.keyword)))
            case .enumDecl(let e): entries.append(FileEntry(decl: .type(element), source: source, first: index(e.visibility ?? e.keyword)))
            case .service(let s): entries.append(FileEntry(decl: .type(element), source: source, first: index(s.keyword)))
            case .extend(let e): entries.append(FileEntry(decl: .type(element), source: source, first: index(e.keyword)))
            }
        }
        var syntaxEntries: [FileEntry] = [], packages: [FileEntry] = [], imports: [FileEntry] = []
        var options: [FileEntry] = [], types: [FileEntry] = []
        for entry in entries {
            switch entry.decl {
            case .syntax: syntaxEntries.append(entry)
            case .package: packages.append(entry)
            case .importDecl: imports.append(entry)
            case .option: options.append(entry)
            case .type: types.append(entry)
            }
        }
        imports = sortImports(imports)
        options = sortFileOptions(options)

        var flushed = Set<Int>()
        var printed = Set<Int>()
        func plan(_ x: FileEntry, mode: StartMode) -> LeadingPlan {
            let t = tokens[x.first]
            let (ownDetached, ownAttached) = Self.splitDetached(t.leading, tokenWhitespace: t.leadingWhitespace)
            var foreign: [FormatComment] = []
            for e in entries where e.source < x.source && !printed.contains(e.source) && !flushed.contains(e.source) {
                let lead = tokens[e.first]
                let (detached, _) = Self.splitDetached(lead.leading, tokenWhitespace: lead.leadingWhitespace)
                if !detached.isEmpty {
                    foreign.append(contentsOf: detached)
                    flushed.insert(e.source)
                }
            }
            var own = flushed.contains(x.source) ? ownAttached : t.leading
            flushed.insert(x.source)
            printed.insert(x.source)
            let originalFirst = t.leading.first?.leadingWhitespace ?? t.leadingWhitespace
            var tokenWhitespace = t.leadingWhitespace
            if !foreign.isEmpty {
                foreign[0].leadingWhitespace = originalFirst
                if own.isEmpty {
                    tokenWhitespace = "\n\n"
                } else {
                    own[0].leadingWhitespace = "\n\n"
                }
            }
            return LeadingPlan(comments: foreign + own, tokenWhitespace: tokenWhitespace, mode: mode)
        }

        for entry in syntaxEntries + packages {
            plans[entry.first] = plan(entry, mode: .normal)
            switch entry.decl {
            case .syntax(let s): writeSyntax(s)
            case .package(let p): writePackage(p)
            default: break
            }
        }
        for (n, entry) in imports.enumerated() {
            plans[entry.first] = plan(entry, mode: n == 0 ? .sectionStart : .compact)
            if case .importDecl(let node) = entry.decl { writeImport(node) }
        }
        for (n, entry) in options.enumerated() {
            plans[entry.first] = plan(entry, mode: n == 0 ? .sectionStart : .compact)
            if case .option(let node) = entry.decl { writeOptionStatement(node) }
        }
        let headerCount = packages.count + imports.count + options.count
        for (n, entry) in types.enumerated() {
            guard case .type(let element) = entry.decl else { continue }
            let p = plan(entry, mode: .normal)
            plans[entry.first] = p
            // The first declaration after `syntax` gets a blank line above it.
            if n == 0 && headerCount == 0 && hasPrevious && !p.comments.contains(where: { Self.newlines($0.leadingWhitespace) > 1 })
                && Self.newlines(p.tokenWhitespace) <= 1 {
                line()
            }
            switch element {
            case .message(let m): writeMessage(m)
            case .enumDecl(let e): writeEnum(e)
            case .service(let s): writeService(s)
            case .extend(let e): writeExtend(e)
            default: break
            }
        }
    }

    /// Splits leading comments at the last blank line: the groups before it stand apart from
    /// the declaration, the rest are its own.
    static func splitDetached(_ comments: [FormatComment], tokenWhitespace: Substring) -> ([FormatComment], [FormatComment]) {
        var split = -1
        for k in comments.indices {
            let after = k + 1 < comments.count ? comments[k + 1].leadingWhitespace : tokenWhitespace
            if newlines(after) > 1 { split = k }
        }
        if split < 0 { return ([], comments) }
        return (Array(comments[...split]), Array(comments[(split + 1)...]))
    }

    func writeSyntax(_ syntax: SyntaxNode) {
        let keyword = index(syntax.keyword)
        writeStart(keyword)
        space()
        writeInline(keyword + 1)
        space()
        let value = index(syntax.valueToken)
        let semicolon = index(syntax.semicolon)
        if semicolon - value > 1 {
            writeCompoundStrings(Array(value..<semicolon), needsIndent: true, trailingPunctuation: true)
        } else {
            writeInline(value)
        }
        writeLineEnd(semicolon)
    }

    func writePackage(_ package: PackageNode) {
        writeStart(index(package.keyword))
        space()
        for i in index(package.nameStart)...index(package.nameEnd) { writeInline(i) }
        writeLineEnd(index(package.semicolon))
    }

    func writeImport(_ node: ImportNode) {
        writeStart(index(node.keyword))
        space()
        if let modifier = node.modifier {
            writeInline(index(modifier))
            space()
        }
        let path = index(node.pathToken)
        let semicolon = index(node.semicolon)
        if semicolon - path > 1 {
            writeCompoundStrings(Array(path..<semicolon), needsIndent: true, trailingPunctuation: true)
        } else {
            writeInline(path)
        }
        writeLineEnd(semicolon)
    }

    /// Imports by the path as written (quotes included), `import option` after the others;
    /// ties keep source order.
    func sortImports(_ imports: [FileEntry]) -> [FileEntry] {
        func key(_ e: FileEntry) -> (Int, String) {
            guard case .importDecl(let node) = e.decl else { return (0, "") }
            return (node.kind == .option ? 1 : 0, tokens[index(node.pathToken)].text)
        }
        return imports.enumerated().sorted { a, b in
            let ka = key(a.element), kb = key(b.element)
            if ka.0 != kb.0 { return ka.0 < kb.0 }
            if ka.1 != kb.1 { return ka.1.utf8.lexicographicallyPrecedes(kb.1.utf8) }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// Built-in options before custom ones (`(`), each group by its name as written; ties keep
    /// source order.
    func sortFileOptions(_ options: [FileEntry]) -> [FileEntry] {
        func key(_ e: FileEntry) -> String {
            guard case .option(let node) = e.decl else { return "" }
            let name = node.name.map { $0.isExtension ? "(\($0.name))" : $0.name }.joined(separator: ".")
            return (name.hasPrefix("(") ? "1" : "0") + name
        }
        return options.enumerated().sorted { a, b in
            let l = key(a.element), r = key(b.element)
            if l != r { return l.utf8.lexicographicallyPrecedes(r.utf8) }
            return a.offset < b.offset
        }.map(\.element)
    }
}
