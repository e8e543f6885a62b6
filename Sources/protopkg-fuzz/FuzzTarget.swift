import Foundation
@testable import ProtoCompiler

/// What one fuzzing input goes through. Every input must end in a result or in diagnostics:
/// a trap, a hang or a stack overflow in any phase is a bug.
enum FuzzTarget: String, CaseIterable {
    /// The tokens (with comments sorted as protoc sorts them) of the input as one file.
    case lexer
    /// The AST of the input as one file (comments kept), then its descriptors when it parsed.
    case parser
    /// The whole compiler: the input split into files at lines `//--- NAME.proto` (the first
    /// part is `fuzz.proto`, the file asked for), linked against the built-in well-known types,
    /// options interpreted, source info written.
    case linker

    /// `PROTOPKG_FUZZ_TARGET`, read once (libFuzzer owns `main`, so this is how it is chosen).
    static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["PROTOPKG_FUZZ_TARGET"] ?? "parser"
        guard let target = FuzzTarget(rawValue: name) else {
            FileHandle.standardError.write(Data("PROTOPKG_FUZZ_TARGET must be one of: \(allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
            exit(2)
        }
        return target
    }()

    func run(_ input: UnsafeBufferPointer<UInt8>) {
        switch self {
        case .lexer:
            var lexer = Lexer(input)
            lexer.keepComments = true
            var block = CommentBlock()
            while lexer.nextWithComments(&block) {}
        case .parser:
            let (ast, diagnostics) = Parser.parse(input, name: "fuzz.proto", keepComments: true)
            if diagnostics.isEmpty { _ = DescriptorLowering.lower(ast) }
        case .linker:
            let files = Self.split(Data(input))
            let request = CompileRequest(sources: [InMemoryImportResolver(files: files)], files: ["fuzz.proto"],
                                         includeSourceInfo: true)
            if let result = try? NativeFrontEnd(protocWording: true).compile(request) {
                _ = try? result.serialized(includeImports: true, includeSourceInfo: true)
            }
        }
    }

    /// The files of a linker input: `fuzz.proto`, then one per `//--- NAME` line.
    static func split(_ data: Data) -> [String: Data] {
        var files: [String: Data] = [:]
        var name = "fuzz.proto"
        var start = data.startIndex
        var lineStart = data.startIndex
        let marker = Array("//--- ".utf8)
        while lineStart < data.endIndex {
            let lineEnd = data[lineStart...].firstIndex(of: 0x0A) ?? data.endIndex
            if data[lineStart..<lineEnd].starts(with: marker) {
                files[name] = data[start..<lineStart]
                name = String(decoding: data[(lineStart + marker.count)..<lineEnd], as: UTF8.self)
                    .trimmingCharacters(in: .whitespaces)
                start = lineEnd < data.endIndex ? lineEnd + 1 : lineEnd
            }
            lineStart = lineEnd < data.endIndex ? lineEnd + 1 : lineEnd
        }
        files[name] = data[start..<data.endIndex]
        return files.mapValues { Data($0) }
    }
}
