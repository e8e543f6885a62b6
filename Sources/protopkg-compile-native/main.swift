import Foundation
import ProtoCompiler
import ProtopkgBasics

// Test support, not shipped: runs the native compiler with protoc's flags, so the
// conformance scripts can compare its output with protoc's byte for byte.
//   protopkg-compile-native -IDIR... [--include_imports] [--include_source_info]
//       --descriptor_set_out=FILE FILE.proto... | @ARGFILE
// Errors go to stderr as `path:line:col: message`, protoc's format; the exit status is 1.

func expand(_ args: [String]) -> [String] {
    args.flatMap { arg -> [String] in
        guard arg.hasPrefix("@"), let text = try? String(contentsOfFile: String(arg.dropFirst()), encoding: .utf8) else { return [arg] }
        return text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
    }
}

var roots: [String] = []
var files: [String] = []
var output: String?
var includeImports = false
var includeSourceInfo = false
var args = expand(Array(CommandLine.arguments.dropFirst()))
var i = 0
while i < args.count {
    let arg = args[i]
    if arg.hasPrefix("-I") || arg.hasPrefix("--proto_path=") {
        var dir = arg.hasPrefix("-I") ? String(arg.dropFirst(2)) : String(arg.dropFirst("--proto_path=".count))
        if dir.isEmpty, i + 1 < args.count { i += 1; dir = args[i] }
        roots.append(dir)
    } else if arg.hasPrefix("--descriptor_set_out=") {
        output = String(arg.dropFirst("--descriptor_set_out=".count))
    } else if arg == "-o", i + 1 < args.count {
        i += 1
        output = args[i]
    } else if arg == "--include_imports" {
        includeImports = true
    } else if arg == "--include_source_info" {
        includeSourceInfo = true
    } else {
        files.append(arg)
    }
    i += 1
}
let resolver = DirectoryImportResolver(roots: roots.map { URL(fileURLWithPath: $0).standardizedFileURL.path },
                                       displayPrefixes: roots.map { $0.hasSuffix("/") ? $0 : $0 + "/" })
let displayless = DirectoryImportResolver(roots: resolver.roots, displayPrefixes: resolver.roots.map { _ in "" })
let request = CompileRequest(sources: [displayless], files: files, includeSourceInfo: includeSourceInfo)
do {
    let result = try NativeFrontEnd().compile(request)
    let bytes = try result.serialized(includeImports: includeImports, includeSourceInfo: includeSourceInfo)
    if let output {
        try bytes.write(to: URL(fileURLWithPath: output))
    }
} catch let error as ProtopkgError {
    var stderr = FileHandle.standardError
    for f in error.findings {
        let location = f.startLine > 0 ? "\(f.path):\(f.startLine):\(f.startColumn)" : f.path
        print("\(location): \(f.message)", to: &stderr)
    }
    if error.findings.isEmpty { print(error.description, to: &stderr) }
    exit(1)
} catch {
    var stderr = FileHandle.standardError
    print("\(error)", to: &stderr)
    exit(1)
}

extension FileHandle: @retroactive TextOutputStream {
    public func write(_ string: String) {
        write(Data(string.utf8))
    }
}
