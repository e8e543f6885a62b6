import Foundation
import ProtopkgBasics
import SwiftProtobuf

/// One run of the native compiler: finds the requested files and everything they import
/// (the request's resolvers first, then the embedded well-known types), links them one by one
/// in the order protoc builds them (each file's imports first, depth-first, in the order the
/// files were asked for), and writes the descriptor set protoc writes, imports first.
///
/// The work is pipelined over the cores: worker threads parse files ahead of the linker (the
/// linker parses a file itself when it gets there first) and encode each file as soon as it
/// is linked, while the calling thread links, which must be done in order.
final class NativeCompilation: DescriptorSetEncoding, @unchecked Sendable {
    final class Unit {
        let name: String
        var display: String
        var descriptor: FileDescriptor?
        var ast: FileNode?
        var parseDiagnostics: [Diagnostic] = []
        /// Guarded by the compilation's lock.
        var state = State.queued
        // Linker thread only.
        var linked = false
        var failed = false
        /// The encoded FileDescriptorProto, once linked and encoded.
        var encoded: [UInt8]?
        /// The FileDescriptorProto as a value, for a request of `.descriptors`.
        var proto: Result<Google_Protobuf_FileDescriptorProto, Error>?

        enum State { case queued, parsing, parsed }

        init(name: String) {
            self.name = name
            display = name
        }
    }

    let request: CompileRequest
    let table = SymbolTable()
    let schema = OptionsSchema.shared
    /// Every error in the order protoc reports them: a file's parse errors when it is first
    /// needed, its link errors once its imports are built. Linker thread only.
    private(set) var reports: [(unit: Unit, diagnostic: Diagnostic)] = []

    private let lock = NSCondition()
    private var units: [String: Unit] = [:]
    private var parseQueue: [Unit] = []
    private var parseHead = 0
    private var encodeQueue: [Unit] = []
    private var encodeHead = 0
    private var linkingDone = false
    private var activeWorkers = 0

    init(request: CompileRequest) {
        self.request = request
    }

    /// Compiles: returns the findings (empty on success).
    func run() -> [Finding] {
        lock.lock()
        for name in request.files { _ = enqueue(name) }
        lock.unlock()
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount - 1)
        for _ in 0..<workers {
            lock.lock()
            activeWorkers += 1
            lock.unlock()
            let thread = Thread { [self] in work() }
            thread.stackSize = 8 << 20
            thread.start()
        }
        linkAll()
        lock.lock()
        linkingDone = true
        lock.broadcast()
        lock.unlock()
        work()
        lock.lock()
        while activeWorkers > 0 { lock.wait() }
        lock.unlock()
        return findings()
    }

    // MARK: the pipeline

    /// The unit for an import path, queued for parsing the first time it is named. Lock held.
    private func enqueue(_ name: String) -> Unit {
        if let u = units[name] { return u }
        let u = Unit(name: name)
        units[name] = u
        parseQueue.append(u)
        lock.signal()
        return u
    }

    /// A worker: parses queued files, encodes linked ones, until the linker is done and
    /// nothing is left.
    private func work() {
        lock.lock()
        while true {
            if !linkingDone, let u = nextToParse() {
                u.state = .parsing
                lock.unlock()
                loadAndParse(u)
                lock.lock()
                finishParse(u)
                continue
            }
            if encodeHead < encodeQueue.count {
                let u = encodeQueue[encodeHead]
                encodeHead += 1
                lock.unlock()
                encode(u)
                lock.lock()
                continue
            }
            if linkingDone { break }
            lock.wait()
        }
        activeWorkers -= 1
        lock.broadcast()
        lock.unlock()
    }

    private func nextToParse() -> Unit? {
        while parseHead < parseQueue.count {
            let u = parseQueue[parseHead]
            parseHead += 1
            if u.state == .queued { return u }
        }
        return nil
    }

    /// Lock held: the file is parsed, its imports are queued.
    private func finishParse(_ u: Unit) {
        u.state = .parsed
        if let ast = u.ast {
            for case .importDecl(let node) in ast.elements { _ = enqueue(node.path) }
        }
        lock.broadcast()
    }

    /// The linker needs `name` now: parses it on this thread unless a worker already is.
    private func parsedUnit(_ name: String) -> Unit {
        lock.lock()
        let u = enqueue(name)
        while true {
            switch u.state {
            case .parsed:
                lock.unlock()
                return u
            case .queued:
                u.state = .parsing
                lock.unlock()
                loadAndParse(u)
                lock.lock()
                finishParse(u)
            case .parsing:
                lock.wait()
            }
        }
    }

    /// Reads a file (the first resolver that has it, else the embedded copy), parses it and
    /// shapes its descriptors.
    private func loadAndParse(_ u: Unit) {
        var bytes: [UInt8]?
        for source in request.sources {
            if let data = source.read(u.name) {
                // A binary or non-UTF-8 file is one error at its first bad byte, not one per byte.
                if let problem = SourceEncoding.problem(in: data) {
                    u.display = source.displayPath(for: u.name)
                    u.parseDiagnostics = [Diagnostic(line: Int32(problem.startLine - 1), column: Int32(problem.startColumn - 1), problem.message)]
                    return
                }
                bytes = [UInt8](data)
                u.display = source.displayPath(for: u.name)
                break
            }
        }
        if bytes == nil, let text = EmbeddedProtos.files[u.name] {
            bytes = Array(text.utf8)
        }
        guard let bytes else { return }
        let (ast, diagnostics) = bytes.withUnsafeBufferPointer { Parser.parse($0, name: u.name) }
        u.parseDiagnostics = diagnostics
        if diagnostics.isEmpty {
            u.ast = ast
            let file = DescriptorLowering.lower(ast)
            // The option sites are the file's own; collecting them here keeps it off the linker.
            _ = file.optionSites
            u.descriptor = file
        }
    }

    private func encode(_ u: Unit) {
        guard let file = u.descriptor else { return }
        switch request.output {
        case .serialized:
            encodeBytes(u, file)
        case .descriptors:
            // Source info is built per file when asked for (`sourceInfo(of:)`).
            u.proto = Result { try DescriptorProtoBuilder.build(file, sourceInfo: nil) }
        }
    }

    /// The file's FileDescriptorProto as protoc writes it.
    private func encodeBytes(_ u: Unit, _ file: FileDescriptor) {
        let info = request.includeSourceInfo ? SourceInfoBuilder.build(file) : nil
        u.encoded = DescriptorEncoder.encode(file, sourceInfo: info)
    }

        // MARK: linking

    /// Links every file in protoc's order; a file whose import failed still links (its
    /// imports' symbols are missing), as protoc reports errors past a broken import.
    private func linkAll() {
        for name in request.files {
            let u = parsedUnit(name)
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
                } else if let file = u.descriptor {
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
                call = parsedUnit(name)
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
        if u.failed { return nil }
        if reports.isEmpty {
            lock.lock()
            encodeQueue.append(u)
            lock.signal()
            lock.unlock()
        }
        return file
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

    /// Each requested file after the files it imports (depth-first, as protoc's
    /// `--include_imports` writes them), each file once.
    private func orderedUnits() -> [Unit] {
        var ordered: [Unit] = []
        var seen = Set<ObjectIdentifier>()
        var byFile: [ObjectIdentifier: Unit] = [:]
        for u in units.values { if let f = u.descriptor { byFile[ObjectIdentifier(f)] = u } }
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
                if let u = byFile[ObjectIdentifier(top.file)] { ordered.append(u) }
            }
        }
        return ordered
    }

    /// The serialized descriptor set, in `orderedUnits()` order.
    func descriptorSet() -> Data {
        let ordered = orderedUnits()
        var out = Data()
        out.reserveCapacity(ordered.reduce(0) { $0 + ($1.encoded?.count ?? 0) + 6 })
        for u in ordered {
            if u.encoded == nil, let file = u.descriptor { encodeBytes(u, file) }
            let entry = u.encoded ?? []
            var w = WireWriter()
            w.tag(1, 2)
            w.varint(UInt64(entry.count))
            out.append(contentsOf: w.bytes)
            out.append(contentsOf: entry)
        }
        return out
    }

    /// The descriptor set as values (a `.descriptors` request), in `orderedUnits()` order.
    func descriptorProtos() throws -> Google_Protobuf_FileDescriptorSet {
        var set = Google_Protobuf_FileDescriptorSet()
        for u in orderedUnits() {
            if u.proto == nil { encode(u) }
            if let proto = u.proto { set.file.append(try proto.get()) }
        }
        return set
    }

    /// A file's SourceCodeInfo as a value, for a `.descriptors` request that asked for source
    /// info. Safe from any thread once the compilation has run: it only reads.
    func sourceInfo(of name: String) -> Google_Protobuf_SourceCodeInfo? {
        guard request.includeSourceInfo, let file = units[name]?.descriptor else { return nil }
        return SourceInfoBuilder.locations(of: file)
    }
}
