/// Linker: takes the files' descriptors in dependency order and gives them linked, as
/// protoc's DescriptorBuilder does: full names, one symbol table with protoc's duplicate
/// checks, imports (public ones re-exported, option imports for option names), type names
/// resolved with protoc's scoping rules (innermost scope first, the first component decides),
/// json names, defaults, and protoc's validations with its messages at its positions.
///
/// A FileLinker links one file against the symbols of the files linked before it, in the
/// order of protoc's BuildFile: imports, edition, package, symbols and their local checks,
/// cross-links, options (non-extension ones first, then features, then custom options),
/// validation, and finally the stripping of source-retention options.
final class FileLinker {
    let file: FileDescriptor
    let table: SymbolTable
    let schema: OptionsSchema
    var diagnostics: [Diagnostic] = []
    var hadErrors = false
    /// Files whose symbols `file` may use: itself, direct imports, and public re-exports.
    var visible: Set<ObjectIdentifier> = []
    var visibleFiles: [FileDescriptor] = []
    /// Files imported with `import option`: visible to option names only.
    var optionVisible: Set<ObjectIdentifier> = []
    var optionVisibleFiles: [FileDescriptor] = []
    /// Set while options are interpreted, when `import option` files count as visible.
    var resolvingOptions = false
    var possibleUndeclaredDependency: FileDescriptor?
    var possibleUndeclaredDependencyName = ""
    var undefinedResolvedName = ""
    /// Message nesting budget while building (protoc's builder limit, which groups can reach).
    var recursionDepth = 31
    var numberHints = FieldNumberHints()

    init(file: FileDescriptor, table: SymbolTable, schema: OptionsSchema) {
        self.file = file
        self.table = table
        self.schema = schema
    }

    func addError(_ token: Token?, _ message: String) {
        hadErrors = true
        if let token {
            diagnostics.append(Diagnostic(at: token, message))
        } else {
            diagnostics.append(Diagnostic(line: -1, column: 0, message))
        }
    }

    /// Links the file; false when it has errors (they are in `diagnostics`).
    func link() -> Bool {
        checkImports()
        checkEdition()
        if !file.package.isEmpty { addPackage(file.package, token: file.packageNode?.keyword) }
        buildSymbols()
        crossLink()
        suggestFieldNumbers()
        if !hadErrors {
            let interpreter = OptionInterpreter(linker: self)
            resolvingOptions = true
            interpreter.interpretAll(extensions: false)
            resolvingOptions = false
            FeatureResolution(linker: self).resolve()
            resolvingOptions = true
            interpreter.interpretAll(extensions: true)
            resolvingOptions = false
        }
        if !hadErrors {
            validate()
        }
        if hadErrors {
            for message in file.messages { detectMapConflicts(message) }
        }
        if !hadErrors {
            RetentionStripping.apply(file)
        }
        file.visibleFiles = visible
        return !hadErrors
    }

    // MARK: imports

    func checkImports() {
        visible.insert(ObjectIdentifier(file))
        visibleFiles.append(file)
        var seen = Set<String>()
        for (i, name) in file.dependencies.enumerated() {
            let node = file.dependencyNodes[i]
            if !seen.insert(name).inserted {
                addError(node.keyword, "Import \"\(name)\" was listed twice.")
            }
            guard let dep = file.resolvedDependencies[i] else {
                // A file importing itself fails with the recursion error alone, as in protoc.
                if name != file.name {
                    addError(node.keyword, "Import \"\(name)\" was not found or had errors.")
                }
                continue
            }
            addVisible(dep)
        }
        for (i, dep) in file.resolvedOptionDependencies.enumerated() {
            guard let dep else {
                addError(file.optionDependencyNodes[i].keyword, "Import \"\(file.optionDependencies[i])\" was not found or had errors.")
                continue
            }
            addOptionVisible(dep)
        }
    }

    /// A dependency and the files it re-exports with `import public`, transitively.
    private func addVisible(_ dep: FileDescriptor) {
        for f in FileLinker.withPublicImports(dep) where visible.insert(ObjectIdentifier(f)).inserted {
            visibleFiles.append(f)
        }
    }

    /// A file and, transitively, what it re-exports (iteratively: chains can be long).
    static func withPublicImports(_ file: FileDescriptor) -> [FileDescriptor] {
        var out: [FileDescriptor] = []
        var seen = Set<ObjectIdentifier>()
        var stack = [file]
        while let f = stack.popLast() {
            guard seen.insert(ObjectIdentifier(f)).inserted else { continue }
            out.append(f)
            for index in f.publicDependencies.reversed() {
                if Int(index) < f.resolvedDependencies.count, let d = f.resolvedDependencies[Int(index)] { stack.append(d) }
            }
        }
        return out
    }

    /// An option import and what it re-exports.
    private func addOptionVisible(_ dep: FileDescriptor) {
        for f in FileLinker.withPublicImports(dep) where optionVisible.insert(ObjectIdentifier(f)).inserted {
            optionVisibleFiles.append(f)
        }
    }

    func checkEdition() {
        let token = file.ast.syntax?.keyword
        if file.edition < Editions.minimumSupported {
            addError(token, "Edition \(Editions.name(file.edition)) is earlier than the minimum supported edition \(Editions.name(Editions.minimumSupported))")
        } else if file.edition > Editions.maximumSupported && file.edition != Editions.unstable {
            addError(token, "Edition \(Editions.name(file.edition)) is later than the maximum supported edition \(Editions.name(Editions.maximumSupported))")
        }
    }

    /// protoc's SuggestFieldNumbers, for top-level messages only.
    func suggestFieldNumbers() {
        for message in file.messages {
            guard let hint = numberHints.hint(for: message), hint.count > 0 else { continue }
            let numbers = FieldNumberHints.free(message, count: Int(min(3, hint.count)))
            addError(hint.firstReason, "Suggested field numbers for \(message.fullName): " + numbers.map(String.init).joined(separator: ", "))
        }
    }

    // MARK: packages

    /// protoc's AddPackage: the package and each enclosing one are symbols, unless taken by
    /// something that is not a package.
    func addPackage(_ name: String, token: Token?) {
        var current = Substring(name)
        while true {
            if let existing = table.lookup(String(current)) {
                if !existing.isPackage {
                    addError(token, "\"\(current)\" is already defined (as something other than a package) in file \"\(existing.file.name)\".")
                }
                return
            }
            _ = table.add(String(current), .package(file))
            guard let dot = current.lastIndex(of: ".") else { return }
            current = current[..<dot]
        }
    }

    static func isInPackage(_ file: FileDescriptor, _ name: String) -> Bool {
        file.package == name || (file.package.hasPrefix(name) && file.package.utf8.count > name.utf8.count
            && file.package.utf8[file.package.utf8.index(file.package.utf8.startIndex, offsetBy: name.utf8.count)] == UInt8(ascii: "."))
    }
}
