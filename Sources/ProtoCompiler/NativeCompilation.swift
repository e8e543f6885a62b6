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
        for name in request.files {
            let u = unit(name)
            if let file = build(u), file.edition == Editions.unstable,
               !Editions.unstableAllowedPrefixes.contains(where: { name.hasPrefix($0) }) {
                reports.append((u, Diagnostic(line: -1, column: 0, "is a file using edition UNSTABLE, which is later than the protoc maximum supported edition 2024.")))
            }
        }
    }

    /// A file being built, waiting for its imports.
    private struct Frame {
        let unit: Unit
        let file: FileDescriptor
        var next = 0
        var deps: [FileDescriptor?] = []
        var optionDeps: [FileDescriptor?] = []
        var waiting = false
    }

    /// protoc's BuildFile through its pool: imports are built first (depth-first, with an
    /// explicit stack so import chains of any length are safe), a file already being built is
    /// an import cycle. Returns the linked file, or nil when it failed.
    private func build(_ root: Unit) -> FileDescriptor? {
        var stack: [Frame] = []
        var call: Unit? = root
        var returned: FileDescriptor?
        while true {
            if let u = call {
                call = nil
                returned = nil
                if let index = stack.firstIndex(where: { $0.unit === u }) {
                    reportCycle(stack[index...].map(\.unit) + [u])
                } else if u.linked {
                    returned = u.failed ? nil : u.descriptor
                } else if let ast = u.ast {
                    let file = DescriptorLowering.lower(ast)
                    u.descriptor = file
                    stack.append(Frame(unit: u, file: file))
                } else {
                    u.linked = true
                    u.failed = true
                    if u.parseDiagnostics.isEmpty {
                        u.parseDiagnostics = [Diagnostic(line: -1, column: 0, "File not found.")]
                    }
                    for d in u.parseDiagnostics { reports.append((u, d)) }
                }
            }
            guard var top = stack.popLast() else { return returned }
            let depCount = top.file.dependencies.count
            if top.waiting {
                if top.next <= depCount { top.deps.append(returned) } else { top.optionDeps.append(returned) }
                top.waiting = false
            }
            if top.next < depCount + top.file.optionDependencies.count {
                let name = top.next < depCount ? top.file.dependencies[top.next] : top.file.optionDependencies[top.next - depCount]
                top.next += 1
                top.waiting = true
                stack.append(top)
                call = unit(name)
                continue
            }
            returned = link(top)
        }
    }

    private func link(_ frame: Frame) -> FileDescriptor? {
        let u = frame.unit, file = frame.file
        file.resolvedDependencies = frame.deps
        file.resolvedOptionDependencies = frame.optionDeps
        let linker = FileLinker(file: file, table: table, schema: schema)
        table.addFile(file)
        let ok = linker.link()
        for d in linker.diagnostics { reports.append((u, d)) }
        u.linked = true
        // A recursive import reported on this file fails it too.
        u.failed = !ok || reports.contains { $0.unit === u }
        return u.failed ? nil : file
    }

    /// protoc's message for an import cycle, on the import that closes it.
    private func reportCycle(_ chain: [Unit]) {
        let message = "File recursively imports itself: " + chain.map(\.name).joined(separator: " -> ")
        let reporter = chain[0]
        let target = chain.count > 2 ? chain[1].name : chain[chain.count - 1].name
        var token: Token?
        if let ast = reporter.ast {
            for case .importDecl(let node) in ast.elements where node.path == target {
                token = node.keyword
                break
            }
        }
        reports.append((reporter, token.map { Diagnostic(at: $0, message) } ?? Diagnostic(line: -1, column: 0, message)))
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
        for name in request.files {
            guard let root = units[name]?.descriptor, seen.insert(ObjectIdentifier(root)).inserted else { continue }
            // Depth-first, each file after its imports, with an explicit stack.
            var stack: [(file: FileDescriptor, next: Int)] = [(root, 0)]
            while var top = stack.popLast() {
                let deps = top.file.resolvedDependencies + top.file.resolvedOptionDependencies
                if top.next < deps.count {
                    let dep = deps[top.next]
                    top.next += 1
                    stack.append(top)
                    if let dep, seen.insert(ObjectIdentifier(dep)).inserted { stack.append((dep, 0)) }
                    continue
                }
                ordered.append(top.file)
            }
        }
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
