import Foundation
import ProtoCompiler
import ProtopkgBasics
import SwiftProtobuf

// Test support, not shipped: runs the native compiler with protoc's flags, so the
// conformance scripts can compare its output with protoc's byte for byte.
//   protopkg-compile-native -IDIR... [--include_imports] [--include_source_info]
//       --descriptor_set_out=FILE FILE.proto... | @ARGFILE
//   protopkg-compile-native --batch JOBS   (one job a line: OUT<TAB>ROOT,ROOT<TAB>FLAGS<TAB>FILE)
// With --check-values, the files are compiled a second time for the checks (descriptors handed
// over as values, `CompileRequest.Output.descriptors`, with each file's source info asked for),
// and those must equal the written bytes decoded; a difference is an error naming the first
// file that differs.
// Errors go to stderr as `path:line:col: message`, protoc's format (in batch mode each is
// prefixed `batch-error<TAB>OUT<TAB>`); the exit status is 1 when any compilation failed.

struct Job {
    var roots: [String] = []
    var files: [String] = []
    var output: String?
    var includeImports = false
    var includeSourceInfo = false
    var checkValues = false

    init(arguments: [String]) {
        var i = 0
        while i < arguments.count {
            let arg = arguments[i]
            if arg.hasPrefix("-I") || arg.hasPrefix("--proto_path=") {
                var dir = arg.hasPrefix("-I") ? String(arg.dropFirst(2)) : String(arg.dropFirst("--proto_path=".count))
                if dir.isEmpty, i + 1 < arguments.count {
                    i += 1
                    dir = arguments[i]
                }
                roots.append(dir)
            } else if arg.hasPrefix("--descriptor_set_out=") {
                output = String(arg.dropFirst("--descriptor_set_out=".count))
            } else if arg == "-o", i + 1 < arguments.count {
                i += 1
                output = arguments[i]
            } else if arg == "--include_imports" {
                includeImports = true
            } else if arg == "--include_source_info" {
                includeSourceInfo = true
            } else if arg == "--check-values" {
                checkValues = true
            } else if !arg.isEmpty {
                files.append(arg)
            }
            i += 1
        }
    }

    /// Compiles; returns protoc-style error lines (empty on success, output written).
    func run() -> [String] {
        let absolute = roots.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        // protoc names files by their import path in messages; so do these runs.
        let resolver = DirectoryImportResolver(roots: absolute, displayPrefixes: absolute.map { _ in "" })
        let request = CompileRequest(sources: [resolver], files: files, includeSourceInfo: includeSourceInfo)
        do {
            let result = try NativeFrontEnd(protocWording: true).compile(request)
            let bytes = try result.serialized(includeImports: includeImports, includeSourceInfo: includeSourceInfo)
            if let output { try bytes.write(to: URL(fileURLWithPath: output)) }
            return checkValues ? try valuesDifference(request, bytes: result.bytes) : []
        } catch let error as ProtopkgError {
            if error.findings.isEmpty { return [error.description] }
            return error.findings.map { f in
                let location = f.startLine > 0 ? "\(f.path):\(f.startLine):\(f.startColumn)" : f.path
                return "\(location): \(f.message)"
            }
        } catch {
            return ["\(error)"]
        }
    }
}

/// The `.descriptors` compilation of `request` against the decoded `bytes` of its `.serialized`
/// one: empty when equal, else an error line naming the first file that differs.
func valuesDifference(_ request: CompileRequest, bytes: Data) throws -> [String] {
    var asValues = request
    asValues.output = .descriptors
    let values = try NativeFrontEnd(protocWording: true).compile(asValues).completeDescriptorSet()
    let decoded = try Google_Protobuf_FileDescriptorSet(serializedBytes: bytes)
    if values == decoded { return [] }
    guard values.file.count == decoded.file.count else {
        return ["--check-values: \(values.file.count) files as values, \(decoded.file.count) in the bytes"]
    }
    let name = zip(values.file, decoded.file).first { $0 != $1 }.map { $0.0.name } ?? "?"
    return ["\(name): --check-values: the descriptors as values differ from the bytes decoded"]
}

func expand(_ args: [String]) -> [String] {
    args.flatMap { arg -> [String] in
        guard arg.hasPrefix("@"), let text = try? String(contentsOfFile: String(arg.dropFirst()), encoding: .utf8) else { return [arg] }
        return text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
    }
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

let arguments = Array(CommandLine.arguments.dropFirst())
var failed = false
if arguments.first == "--batch", arguments.count == 2 {
    let text = (try? String(contentsOfFile: arguments[1], encoding: .utf8)) ?? ""
    for line in text.split(whereSeparator: \.isNewline) {
        let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 4 else { continue }
        var args = parts[1].split(separator: ",").map { "-I" + $0 }
        args += parts[2].split(separator: " ").map(String.init)
        args += ["--descriptor_set_out=" + parts[0], parts[3]]
        let errors = Job(arguments: args).run()
        for e in errors { printError("batch-error\t\(parts[0])\t\(e)") }
        failed = failed || !errors.isEmpty
    }
} else {
    let errors = Job(arguments: expand(arguments)).run()
    errors.forEach(printError)
    failed = !errors.isEmpty
}
exit(failed ? 1 : 0)
