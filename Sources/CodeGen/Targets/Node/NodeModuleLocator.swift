/// Where each generated module lives inside the package, and the specifier one module requires
/// another by: relative inside the package, `@owner/name-protos/...` for a dependency's.
struct NodeModuleLocator {
    let mapping: NodePackageMapping

    /// The directory of the runtime inside every package.
    static let runtimeDirectory = "_protopkg"

    /// `acme/billing/v1/invoice.proto` → `acme/billing/v1/invoice_pb` (the stem of .js, .d.ts, .mjs).
    static func stem(of protoPath: String) -> String {
        let base = protoPath.hasSuffix(".proto") ? String(protoPath.dropLast(".proto".count)) : protoPath
        return base + "_pb"
    }

    /// Whether the module of `protoPath` belongs to another package.
    func isExternal(_ protoPath: String) -> Bool {
        mapping.packageOfFile[protoPath] != nil
    }

    /// The specifier by which the module of `importer` reaches the module of `target`, without an
    /// extension (the caller adds `.js` for require; declarations resolve `.d.ts` without one).
    func specifier(from importer: String, to target: String) -> String {
        if let package = mapping.packageOfFile[target] { return "\(package)/\(Self.stem(of: target))" }
        return Self.relative(from: importer, to: Self.stem(of: target))
    }

    func runtimeSpecifier(from importer: String) -> String {
        Self.relative(from: importer, to: "\(Self.runtimeDirectory)/index")
    }

    /// A `./` or `../` path from the directory of `from` to `to`, both relative to the package root.
    static func relative(from: String, to: String) -> String {
        var fromDirs = from.split(separator: "/").dropLast().map(String.init)
        var toParts = to.split(separator: "/").map(String.init)
        while let a = fromDirs.first, toParts.count > 1, a == toParts[0] {
            fromDirs.removeFirst()
            toParts.removeFirst()
        }
        let up = fromDirs.isEmpty ? "./" : String(repeating: "../", count: fromDirs.count)
        return up + toParts.joined(separator: "/")
    }
}
