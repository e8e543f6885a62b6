/// The file level: `syntax` or `edition` first, then the package, the imports sorted by path,
/// the file options (built-in before custom, each group sorted by name), then the other
/// declarations in source order.
extension ProtoFormatter {
    func writeHeader() {
        var package: PackageNode?
        var imports: [ImportNode] = []
        var options: [OptionNode] = []
        for element in file.elements {
            switch element {
            case .package(let p): package = p
            case .importDecl(let i): imports.append(i)
            case .option(let o): options.append(o)
            default: break
            }
        }
        if file.syntax == nil && package == nil && imports.isEmpty && options.isEmpty { return }
        if let syntax = file.syntax {
            writeStart(index(syntax.keyword))
            space()
            writeInline(index(syntax.keyword) + 1)
            space()
            let value = index(syntax.valueToken)
            let semicolon = index(syntax.semicolon)
            if semicolon - value > 1 {
                // `syntax = "pro" "to3";`: buf keeps adjacent strings, one per line.
                writeCompoundStrings(Array(value..<semicolon), needsIndent: true, trailingPunctuation: true)
            } else {
                writeInline(value)
            }
            writeLineEnd(semicolon)
        }
        if let package {
            writeStart(index(package.keyword))
            space()
            for i in index(package.nameStart)...index(package.nameEnd) { writeInline(i) }
            writeLineEnd(index(package.semicolon))
        }
        imports = sortImports(imports)
        for (n, node) in imports.enumerated() {
            if n == 0 && hasPrevious && !leadingCommentsContainBlankLine(index(node.keyword)) { line() }
            if n > 0 && node.path == imports[n - 1].path && !importHasComment(node) { continue }
            writeImport(node, forceCompact: n > 0)
        }
        options = sortFileOptions(options)
        for (n, node) in options.enumerated() {
            if n == 0 && hasPrevious && !leadingCommentsContainBlankLine(index(node.start)) { line() }
            writeOptionStatement(node, forceCompact: n > 0)
        }
    }

    func writeTypes() {
        for (n, element) in file.elements.enumerated() {
            let first: Int
            switch element {
            case .package, .importDecl, .option: continue
            case .message(let m): first = index(m.visibility ?? m.keyword)
            case .enumDecl(let e): first = index(e.visibility ?? e.keyword)
            case .service(let s): first = index(s.keyword)
            case .extend(let e): first = index(e.keyword)
            }
            let wantNewline = hasPrevious && (n == 0 || !tokens[first].leading.isEmpty)
            if wantNewline && !leadingCommentsContainBlankLine(first) { line() }
            switch element {
            case .message(let m): writeMessage(m)
            case .enumDecl(let e): writeEnum(e)
            case .service(let s): writeService(s)
            case .extend(let e): writeExtend(e)
            default: break
            }
        }
    }

    func writeImport(_ node: ImportNode, forceCompact: Bool) {
        writeStart(index(node.keyword), forceCompact: forceCompact)
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

    /// Imports by path; for one path, plain before public before weak, commented ones first.
    /// Sorting is stable here where buf's is not, which only matters for exact duplicates.
    func sortImports(_ imports: [ImportNode]) -> [ImportNode] {
        func order(_ node: ImportNode) -> Int {
            switch node.kind {
            case .publicImport: return 2
            case .weak: return 1
            default: return 3
            }
        }
        return imports.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.path != y.path { return x.path.utf8.lexicographicallyPrecedes(y.path.utf8) }
            if order(x) != order(y) { return order(x) > order(y) }
            let cx = importHasComment(x), cy = importHasComment(y)
            if cx != cy { return cx }
            return a.offset < b.offset
        }.map(\.element)
    }

    func importHasComment(_ node: ImportNode) -> Bool {
        let first = index(node.keyword), last = index(node.semicolon)
        for i in first...last where !tokens[i].leading.isEmpty || !tokens[i].trailing.isEmpty { return true }
        return false
    }

    /// Built-in options before custom ones (`(`), each group by its name as written.
    func sortFileOptions(_ options: [OptionNode]) -> [OptionNode] {
        func key(_ node: OptionNode) -> String {
            node.name.map { $0.isExtension ? "(\($0.name))" : $0.name }.joined(separator: ".")
        }
        return options.enumerated().sorted { a, b in
            let l = key(a.element), r = key(b.element)
            let lc = l.hasPrefix("("), rc = r.hasPrefix("(")
            if lc != rc { return !lc }
            if l != r { return l.utf8.lexicographicallyPrecedes(r.utf8) }
            return a.offset < b.offset
        }.map(\.element)
    }
}
