import ProtoSchema
import ProtopkgBasics

/// One `.proto` file being generated: its exported names, and the modules it requires for the
/// message and enum types it refers to, each under an alias (`$0`, `$1`, ... in path order).
final class NodeFileScope {
    let file: SchemaFile
    let schema: Schema
    let locator: NodeModuleLocator
    let symbols: NodeFileSymbols
    /// Path of every other file whose types this one uses → its alias.
    private(set) var aliases: [String: String] = [:]
    private let symbolsOf: (SchemaFile) -> NodeFileSymbols

    init(file: SchemaFile, schema: Schema, locator: NodeModuleLocator, grpc: Bool,
         symbolsOf: @escaping (SchemaFile) -> NodeFileSymbols) throws {
        self.file = file
        self.schema = schema
        self.locator = locator
        self.symbolsOf = symbolsOf
        symbols = symbolsOf(file)
        var used: Set<String> = []
        for name in try Self.referencedTypes(file, grpc: grpc) {
            let target = try Self.definingFile(of: name, in: schema, from: file)
            if target.path != file.path { used.insert(target.path) }
        }
        for (i, path) in used.sorted().enumerated() { aliases[path] = "$\(i)" }
    }

    /// The full names of every message and enum the file's fields and methods use.
    static func referencedTypes(_ file: SchemaFile, grpc: Bool) throws -> [String] {
        var names: [String] = []
        for m in file.allMessages {
            for f in m.fields where f.type == .message || f.type == .group || f.type == .enum { names.append(f.typeName) }
        }
        if grpc {
            for s in file.services { for m in s.methods { names += [m.inputType, m.outputType] } }
        }
        return names
    }

    static func definingFile(of name: String, in schema: Schema, from file: SchemaFile) throws -> SchemaFile {
        if let m = schema.messagesByName[name] { return m.file }
        if let e = schema.enumsByName[name] { return e.file }
        throw ProtopkgError("\(file.path) refers to \(name), which is not in the descriptor set",
                            hint: "compile with --include_imports so that every imported file is in the set")
    }

    /// `exports.Invoice` or `$0.Money`: a type as the generated JavaScript reaches it.
    func js(_ fullName: String) throws -> String {
        let (target, name) = try resolve(fullName)
        return target.path == file.path ? "exports.\(name)" : "\(aliases[target.path]!).\(name)"
    }

    /// `Invoice` or `$0.Money`: a type as the declarations name it.
    func ts(_ fullName: String) throws -> String {
        let (target, name) = try resolve(fullName)
        return target.path == file.path ? name : "\(aliases[target.path]!).\(name)"
    }

    /// The message type a field or method refers to.
    func message(_ fullName: String) throws -> SchemaMessage {
        guard let m = schema.messagesByName[fullName] else {
            throw ProtopkgError("\(file.path) refers to the message \(fullName), which is not in the descriptor set",
                                hint: "compile with --include_imports so that every imported file is in the set")
        }
        return m
    }

    private func resolve(_ fullName: String) throws -> (SchemaFile, String) {
        let target = try Self.definingFile(of: fullName, in: schema, from: file)
        let symbols = target.path == file.path ? self.symbols : symbolsOf(target)
        guard let name = symbols.name(of: fullName) else {
            throw ProtopkgError("\(fullName) has no generated name", hint: "report this as a protopkg bug")
        }
        return (target, name)
    }

    /// (alias, specifier) of every module the file requires, in alias order.
    var imports: [(alias: String, specifier: String)] {
        aliases.sorted { $0.key < $1.key }.map { ($0.value, locator.specifier(from: file.path, to: $0.key)) }
    }
}
