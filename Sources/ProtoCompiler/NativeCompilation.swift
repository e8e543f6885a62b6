import Foundation
import ProtopkgBasics

/// One run of the native compiler: finds the requested files and everything they import
/// (the request's resolvers first, then the embedded well-known types), parses them on all
/// cores, links them one by one in the order protoc builds them (each file's imports first,
/// depth-first, in the order the files were asked for), and writes the descriptor set protoc
/// writes, imports first.
final class NativeCompilation {
    final class Unit {
        let name: String
        var display: String
        var bytes: [UInt8]?
        var ast: FileNode?
        var parseDiagnostics: [Diagnostic] = []
        var descriptor: FileDescriptor?
        var linked = false
        var failed = false

        init(name: String, display: String) {
            self.name = name
            self.display = display
        }
    }

    let request: CompileRequest
    private(set) var units: [String: Unit] = [:]
    /// Every error in the order protoc reports them: a file's parse errors when it is first
    /// needed, its link errors once its imports are built.
    private(set) var reports: [(unit: Unit, diagnostic: Diagnostic)] = []
    let table = SymbolTable()
    let schema = OptionsSchema.shared

    init(request: CompileRequest) {
        self.request = request
    }

    // MARK: sources

    private func unit(_ name: String) -> Unit {
        if let u = units[name] { return u }
        let u = Unit(name: name, display: name)
        units[name] = u
        return u
    }

    /// Reads a file's bytes: the first resolver that has it, else the embedded copy.
    private func load(_ u: Unit) {
        for source in request.sources {
            if let data = source.read(u.name) {
                u.bytes = [UInt8](data)
                u.display = source.displayPath(for: u.name)
                return
            }
        }
        if let text = EmbeddedProtos.files[u.name] {
            u.bytes = Array(text.utf8)
        }
    }

    /// Loads and parses the requested files and their imports, a wave of files at a time,
    /// each wave on all cores.
    func parseAll() {
        var wave: [Unit] = []
        var seen = Set<String>()
        for name in request.files where seen.insert(name).inserted { wave.append(unit(name)) }
        while !wave.isEmpty {
            let current = wave
            DispatchQueue.concurrentPerform(iterations: current.count) { i in
                let u = current[i]
                self.loadAndParse(u)
            }
            wave = []
            for u in current {
                guard let ast = u.ast else { continue }
                for case .importDecl(let node) in ast.elements where seen.insert(node.path).inserted {
                    wave.append(unit(node.path))
                }
            }
        }
    }

    private func loadAndParse(_ u: Unit) {
        load(u)
        guard let bytes = u.bytes else { return }
        if let problem = SourceCheck.problem(in: bytes) {
            u.parseDiagnostics = [problem]
            return
        }
        let (ast, diagnostics) = bytes.withUnsafeBufferPointer { Parser.parse($0, name: u.name) }
        u.parseDiagnostics = diagnostics
        if diagnostics.isEmpty { u.ast = ast }
        u.bytes = nil
    }

    // MARK: linking

    /// Links every file in protoc's order; a file whose import failed still links (its
    /// imports' symbols are missing), as protoc reports errors past a broken import.
    func linkAll() {
        var pending: [Unit] = []
        for name in request.files {
            let u = unit(name)
            if let file = build(u, pending: &pending, importedBy: nil), file.edition == Editions.unstable,
               !Editions.unstableAllowedPrefixes.contains(where: { name.hasPrefix($0) }) {
                reports.append((u, Diagnostic(line: -1, column: 0, "is a file using edition UNSTABLE, which is later than the protoc maximum supported edition 2024.")))
            }
        }
    }

    /// protoc's BuildFile through its pool: imports are built first, a file already being
    /// built is an import cycle. Returns the linked file, or nil when it failed.
    private func build(_ u: Unit, pending: inout [Unit], importedBy: (Unit, ImportNode)?) -> FileDescriptor? {
        if let index = pending.firstIndex(where: { $0 === u }) {
            var chain = pending[index...].map(\.name)
            chain.append(u.name)
            let message = "File recursively imports itself: " + chain.joined(separator: " -> ")
            let reporter = pending[index]
            let importToken: Token? = {
                let target = index < pending.count - 1 ? pending[index + 1].name : u.name
                guard let ast = reporter.ast else { return nil }
                for case .importDecl(let node) in ast.elements where node.path == target { return node.keyword }
                return nil
            }()
            reports.append((reporter, importToken.map { Diagnostic(at: $0, message) } ?? Diagnostic(line: -1, column: 0, message)))
            return nil
        }
        if u.linked { return u.failed ? nil : u.descriptor }
        if u.ast == nil {
            u.linked = true
            u.failed = true
            if u.parseDiagnostics.isEmpty {
                u.parseDiagnostics = [Diagnostic(line: -1, column: 0, "File not found.")]
            }
            for d in u.parseDiagnostics { reports.append((u, d)) }
            return nil
        }
        guard let ast = u.ast else { return nil }
        pending.append(u)
        let file = DescriptorLowering.lower(ast)
        u.descriptor = file
        var deps: [FileDescriptor?] = []
        for name in file.dependencies {
            deps.append(build(unit(name), pending: &pending, importedBy: nil))
        }
        var optionDeps: [FileDescriptor?] = []
        for name in file.optionDependencies {
            optionDeps.append(build(unit(name), pending: &pending, importedBy: nil))
        }
        pending.removeLast()
        file.resolvedDependencies = deps
        file.resolvedOptionDependencies = optionDeps
        let linker = FileLinker(file: file, table: table, schema: schema)
        table.addFile(file)
        let ok = linker.link()
        for d in linker.diagnostics { reports.append((u, d)) }
        u.linked = true
        // A recursive import reported on this file fails it too.
        u.failed = !ok || reports.contains { $0.unit === u }
        return u.failed ? nil : file
    }

    // MARK: results

    /// Every error, in the order protoc reports them, as findings.
    func findings() -> [Finding] {
        reports.map { u, d in
            Finding(path: u.display, startLine: d.line < 0 ? 0 : Int(d.line) + 1,
                    startColumn: d.line < 0 ? 0 : Int(d.column) + 1, type: "COMPILE", message: d.message)
        }
    }

    /// The descriptor set: each requested file after the files it imports (depth-first, as
    /// protoc's `--include_imports` writes them), each file once.
    func descriptorSet(includeSourceInfo: Bool) -> Data {
        var ordered: [FileDescriptor] = []
        var seen = Set<ObjectIdentifier>()
        func visit(_ file: FileDescriptor) {
            guard seen.insert(ObjectIdentifier(file)).inserted else { return }
            for dep in file.resolvedDependencies { if let dep { visit(dep) } }
            for dep in file.resolvedOptionDependencies { if let dep { visit(dep) } }
            ordered.append(file)
        }
        for name in request.files { if let f = units[name]?.descriptor { visit(f) } }
        let entries = UnsafeMutableBufferPointer<[UInt8]>.allocate(capacity: ordered.count)
        entries.initialize(repeating: [])
        defer { entries.deallocate() }
        DispatchQueue.concurrentPerform(iterations: ordered.count) { i in
            let file = ordered[i]
            let info = includeSourceInfo ? SourceInfoBuilder.build(file) : nil
            entries[i] = DescriptorEncoder.encode(file, sourceInfo: info)
        }
        var out = Data()
        out.reserveCapacity(entries.reduce(0) { $0 + $1.count + 6 })
        for entry in entries {
            var w = WireWriter()
            w.tag(1, 2)
            w.varint(UInt64(entry.count))
            out.append(contentsOf: w.bytes)
            out.append(contentsOf: entry)
        }
        return out
    }
}
