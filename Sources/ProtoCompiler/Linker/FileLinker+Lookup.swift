extension FileLinker {
    /// protoc's FindSymbol: a symbol of this file or of a file it may see; a package counts
    /// when this file or one it sees shares it. Otherwise remembers the file that does define
    /// the name, for the "not imported" message.
    func findSymbol(_ name: String) -> Symbol? {
        guard let result = table.lookup(name) else { return nil }
        let owner = result.file
        if visible.contains(ObjectIdentifier(owner)) { return result }
        if resolvingOptions && optionVisible.contains(ObjectIdentifier(owner)) { return result }
        if result.isPackage {
            for f in visibleFiles where FileLinker.isInPackage(f, name) { return result }
            if resolvingOptions {
                for f in optionVisibleFiles where FileLinker.isInPackage(f, name) { return result }
            }
        }
        possibleUndeclaredDependency = owner
        possibleUndeclaredDependencyName = name
        return nil
    }

    enum LookupMode { case all, types }

    /// protoc's LookupSymbolNoPlaceholder: a fully-qualified name (leading `.`) is looked up
    /// as is; otherwise its first component is searched from the innermost scope of
    /// `relativeTo` outwards, and the rest is then looked up only inside the first match.
    func lookupSymbol(_ name: String, relativeTo: String, mode: LookupMode = .all) -> Symbol? {
        possibleUndeclaredDependency = nil
        undefinedResolvedName = ""
        let dot = UInt8(ascii: ".")
        if name.utf8.first == dot {
            return findSymbol(String(name.utf8.dropFirst())!)
        }
        let firstPart: Substring
        if let i = name.utf8.firstIndex(of: dot) {
            firstPart = name[..<i]
        } else {
            firstPart = Substring(name)
        }
        let isCompound = firstPart.utf8.count < name.utf8.count
        var scopeEnd = relativeTo.utf8.endIndex
        while true {
            guard let i = relativeTo.utf8[..<scopeEnd].lastIndex(of: dot) else {
                return findSymbol(name)
            }
            scopeEnd = i
            var candidate = String(relativeTo[..<i])
            candidate.append(".")
            candidate.append(contentsOf: firstPart)
            if let result = findSymbol(candidate) {
                if isCompound {
                    if result.isAggregate {
                        var full = String(relativeTo[..<i])
                        full.append(".")
                        full.append(name)
                        let found = findSymbol(full)
                        if found == nil { undefinedResolvedName = full }
                        return found
                    }
                } else if mode == .all || result.isType {
                    return result
                }
            }
        }
    }

    /// protoc's AddNotDefinedError.
    func addNotDefinedError(_ token: Token?, _ name: String) {
        if possibleUndeclaredDependency == nil && undefinedResolvedName.isEmpty {
            addError(token, "\"\(name)\" is not defined.")
            return
        }
        if let dep = possibleUndeclaredDependency {
            addError(token, "\"\(possibleUndeclaredDependencyName)\" seems to be defined in \"\(dep.name)\", which is not imported by \"\(file.name)\".  To use it here, please add the necessary import.")
        }
        if !undefinedResolvedName.isEmpty {
            addError(token, "\"\(name)\" is resolved to \"\(undefinedResolvedName)\", which is not defined. The innermost scope is searched first in name resolution. Consider using a leading '.'(i.e., \".\(name)\") to start from the outermost scope.")
        }
    }
}
