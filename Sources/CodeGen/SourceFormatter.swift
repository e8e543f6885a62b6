import Foundation
import ProtoCompiler
import ProtopkgBasics

/// One `.proto` file before and after `protopkg format`.
public struct FormattedFile: Sendable {
    /// The path as the user gave it (relative to the working directory when below it).
    public var path: String
    public var absolutePath: String
    public var original: [UInt8]
    public var formatted: [UInt8]

    public var changed: Bool { original != formatted }

    /// `diff -u` between the file and its formatted text, with buf's headers
    /// (`path.orig` against `path`); empty when nothing changes.
    public func unifiedDiff() -> String {
        let hunks = UnifiedDiff.hunks(old: String(decoding: original, as: UTF8.self),
                                      new: String(decoding: formatted, as: UTF8.self))
        guard !hunks.isEmpty else { return "" }
        return "diff -u \(path).orig \(path)\n--- \(path).orig\n+++ \(path)\n" + hunks
    }
}

/// Formats the `.proto` files of a directory (or one file) in buf format's layout. Every file
/// is formatted before anything is written, so a syntax error in one leaves all files as they
/// were.
public enum SourceFormatter {
    /// The files under `path` (hidden directories skipped), or `path` itself, formatted.
    /// Throws one error listing every file that does not parse, at file:line:col.
    public static func format(_ path: String) throws -> [FormattedFile] {
        let absolute = FileSystem.absolute(path)
        var files: [(display: String, absolute: String)] = []
        if FileSystem.isDirectory(absolute) {
            for rel in FileSystem.files(under: absolute, suffix: ".proto") {
                let display = path == "." ? rel : (path as NSString).appendingPathComponent(rel)
                files.append((display, (absolute as NSString).appendingPathComponent(rel)))
            }
        } else if FileSystem.exists(absolute) {
            files.append((path, absolute))
        } else {
            throw ProtopkgError("no such file or directory", at: path, hint: "give a directory of .proto files or one .proto file")
        }
        let sources = try files.map { [UInt8](try FileSystem.read($0.absolute)) }
        let results = Results(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            do {
                results.set(i, .success(try ProtoFormat.format(sources[i], path: files[i].display)))
            } catch let failure as ProtoFormat.Failure {
                results.set(i, .failure(failure))
            } catch {
                results.set(i, .failure(ProtoFormat.Failure(path: files[i].display, line: 0, column: 0, message: "\(error)")))
            }
        }
        var out: [FormattedFile] = []
        var findings: [Finding] = []
        for (i, file) in files.enumerated() {
            switch results.get(i) {
            case .success(let formatted):
                out.append(FormattedFile(path: file.display, absolutePath: file.absolute, original: sources[i], formatted: formatted))
            case .failure(let f):
                findings.append(Finding(path: f.path, startLine: f.line, startColumn: f.column, type: "COMPILE", message: f.message))
            case nil:
                break
            }
        }
        if !findings.isEmpty {
            throw ProtopkgError(findings.count == 1 ? "a file does not parse" : "\(findings.count) files do not parse",
                                hint: "fix the syntax errors; no file was changed", findings: findings)
        }
        return out
    }

    /// Rewrites the files whose layout changes (temporary file, then rename).
    public static func write(_ files: [FormattedFile]) throws {
        for file in files where file.changed {
            try FileSystem.writeAtomically(Data(file.formatted), to: file.absolutePath)
        }
    }

    /// Per-file results filled in from several threads.
    final class Results: @unchecked Sendable {
        private var values: [Result<[UInt8], ProtoFormat.Failure>?]
        private let lock = NSLock()

        init(count: Int) { values = Array(repeating: nil, count: count) }

        func set(_ i: Int, _ value: Result<[UInt8], ProtoFormat.Failure>) {
            lock.lock()
            values[i] = value
            lock.unlock()
        }

        func get(_ i: Int) -> Result<[UInt8], ProtoFormat.Failure>? {
            lock.lock()
            defer { lock.unlock() }
            return values[i]
        }
    }
}
