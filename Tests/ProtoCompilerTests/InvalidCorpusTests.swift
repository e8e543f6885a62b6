import Foundation
@testable import ProtoCompiler
import ProtopkgBasics
import XCTest

/// Every file of `Invalid/cases` is rejected by the native compiler with exactly the errors of
/// its golden file, the first one where protoc 35 reports its first error. A case is a file,
/// or a directory whose `main.proto` is compiled (with its other files importable).
///
/// Goldens (`Invalid/golden/<case>.txt`) hold protoc's first error line, then the native lines.
/// `PROTOPKG_REFRESH_GOLDEN=1` rewrites them (running protoc when it is available). When
/// protoc 35 is available (the repository's `.venv` with grpcio-tools) each case also runs
/// through it, and its first error must still be the recorded one.
final class InvalidCorpusTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Invalid")
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Case {
        let name: String
        let directory: String
        let file: String
    }

    static func cases() -> [Case] {
        let base = root.appendingPathComponent("cases").path
        var out: [Case] = []
        func walk(_ dir: String) {
            let entries = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
            if entries.contains("main.proto") {
                out.append(Case(name: String(dir.dropFirst(base.count + 1)), directory: dir, file: "main.proto"))
                return
            }
            for entry in entries {
                let path = dir + "/" + entry
                var isDirectory: ObjCBool = false
                FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
                if isDirectory.boolValue {
                    walk(path)
                } else if entry.hasSuffix(".proto") {
                    let name = String(path.dropFirst(base.count + 1).dropLast(".proto".count))
                    out.append(Case(name: name, directory: dir, file: entry))
                }
            }
        }
        walk(base)
        return out
    }

    /// The native compiler's errors, one `path:line:col: message` line each (protoc's format).
    static func nativeErrors(_ c: Case) -> [String] {
        let resolver = DirectoryImportResolver(roots: [c.directory], displayPrefixes: [""])
        do {
            _ = try NativeFrontEnd(protocWording: true).compile(CompileRequest(sources: [resolver], files: [c.file], includeSourceInfo: true))
            return []
        } catch let error as ProtopkgError {
            return error.findings.map { f in
                (f.startLine > 0 ? "\(f.path):\(f.startLine):\(f.startColumn)" : f.path) + ": " + f.message
            }
        } catch {
            return ["unexpected error: \(error)"]
        }
    }

    /// protoc 35 from the repository's venv, when it is there.
    static let python: String? = {
        let python = repository.appendingPathComponent(".venv/bin/python").path
        guard FileManager.default.isExecutableFile(atPath: python),
              let out = try? ProcessRunner.run(python, ["-m", "grpc_tools.protoc", "--version"]),
              out.status == 0, out.stdoutText.contains("35.") else { return nil }
        return python
    }()

    /// protoc's first error for every case (one Python process runs them all), or nil
    /// without protoc. A case protoc accepts maps to nil.
    static func protocFirstErrors(_ cases: [Case]) throws -> [String: String?]? {
        guard let python else { return nil }
        let script = root.appendingPathComponent("protoc_first_errors.py").path
        let input = cases.map { "\($0.directory)\t\($0.file)" }.joined(separator: "\n") + "\n"
        let out = try ProcessRunner.run(python, [script], stdin: Data(input.utf8))
        XCTAssertEqual(out.status, 0, out.stderrText)
        var result: [String: String?] = [:]
        for line in out.stdoutText.split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 3 else { continue }
            result[parts[0]] = parts[1] == "0" ? .some(nil) : parts[2]
        }
        return result
    }

    /// `path:line:col` of an error line (just the path when it has no place).
    static func place(_ line: String) -> String {
        String(line.prefix { $0 != " " }.dropLast())
    }

    func testEveryInvalidFileIsRejectedWhereProtocRejectsIt() throws {
        let cases = Self.cases()
        XCTAssertGreaterThanOrEqual(cases.count, 150)
        let refresh = ProcessInfo.processInfo.environment["PROTOPKG_REFRESH_GOLDEN"] == "1"
        let protoc = try Self.protocFirstErrors(cases)
        for c in cases {
            let live: String?? = protoc.map { $0[c.directory + "/" + c.file] ?? nil }
            if case .some(.none) = live { XCTFail("\(c.name): protoc accepts it") }
            let native = Self.nativeErrors(c)
            XCTAssertFalse(native.isEmpty, "\(c.name): the native compiler accepts it")
            let goldenURL = Self.root.appendingPathComponent("golden/\(c.name).txt")
            if refresh {
                let protocLine = (live ?? nil) ?? Self.recordedProtocLine(goldenURL) ?? ""
                try FileManager.default.createDirectory(at: goldenURL.deletingLastPathComponent(), withIntermediateDirectories: true)
                try (["protoc: " + protocLine] + native).joined(separator: "\n").appending("\n")
                    .write(to: goldenURL, atomically: true, encoding: .utf8)
                continue
            }
            guard let golden = try? String(contentsOf: goldenURL, encoding: .utf8) else {
                XCTFail("\(c.name): no golden file; run with PROTOPKG_REFRESH_GOLDEN=1")
                continue
            }
            let lines = golden.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLast()
            guard let first = lines.first, first.hasPrefix("protoc: ") else {
                XCTFail("\(c.name): golden file lacks its protoc line")
                continue
            }
            let protocLine = String(first.dropFirst("protoc: ".count))
            XCTAssertEqual(native, Array(lines.dropFirst()), "\(c.name): native errors differ from the golden file")
            XCTAssertEqual(native.first.map(Self.place), Self.place(protocLine), "\(c.name): first error not where protoc reports it")
            if case .some(.some(let current)) = live {
                XCTAssertEqual(current, protocLine, "\(c.name): protoc's first error changed; refresh the golden files")
            }
        }
    }

    static func recordedProtocLine(_ url: URL) -> String? {
        guard let text = try? String(contentsOf: url, encoding: .utf8),
              let first = text.split(separator: "\n").first, first.hasPrefix("protoc: ") else { return nil }
        return String(first.dropFirst("protoc: ".count))
    }
}
