import Foundation
import ProtoChecks
import ProtoCompiler
import ProtoPackaging
import ProtoSchema
import ProtopkgBasics
import XCTest

/// The fixtures under Fixtures/: each is a buf module (a `buf.yaml`, version v2, at its root)
/// so that buf and protopkg read the same configuration.
///
/// - lint/<NAME>/: `.proto` files; a line that must carry a finding ends with a comment
///   `// want: RULE_ID` (several: `// want: A, B`).
/// - breaking/<NAME>/: `previous/` and `current/` (each with the same buf.yaml) and
///   `expected.txt`, one finding a line: `path:line:RULE_ID`, paths relative to `current/` as buf
///   prints them when run there (`cd current && buf breaking . --against ../previous`); buf puts
///   findings with no place at line 1, and gives a deleted file no path (`:1:FILE_NO_DELETE`).
enum Fixtures {
    struct Expected: Hashable, Comparable, CustomStringConvertible {
        var path: String
        var line: Int
        var rule: String
        static func < (a: Expected, b: Expected) -> Bool { (a.path, a.line, a.rule) < (b.path, b.line, b.rule) }
        var description: String { "\(path):\(line):\(rule)" }
    }

    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        url.deleteLastPathComponent()
        return url.appendingPathComponent("Fixtures").path
    }()

    static func directories(_ kind: String) -> [String] {
        let dir = "\(root)/\(kind)"
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [])
            .filter { FileSystem.isDirectory("\(dir)/\($0)") }.sorted()
    }

    /// The fixtures compile as modules do: with the native compiler.
    static let frontEnd = NativeFrontEnd()

    static func schema(_ dir: String) throws -> Schema {
        let files = FileSystem.files(under: dir, suffix: ".proto")
        let result = try frontEnd.compile(CompileRequest(sources: [DirectoryImportResolver(roots: [dir])], files: files))
        return Schema(try result.descriptorSet(), targets: Set(files))
    }

    static func manifest(_ dir: String) throws -> Manifest {
        try Manifest.parseBufYAML(yaml: String(contentsOfFile: "\(dir)/buf.yaml", encoding: .utf8), file: "\(dir)/buf.yaml")
    }

    static func markers(_ dir: String) throws -> Set<Expected> {
        var out = Set<Expected>()
        for file in FileSystem.files(under: dir, suffix: ".proto") {
            let text = try String(contentsOfFile: "\(dir)/\(file)", encoding: .utf8)
            for (i, line) in text.components(separatedBy: "\n").enumerated() {
                guard let r = line.range(of: "// want: ") else { continue }
                for rule in line[r.upperBound...].split(separator: ",") {
                    out.insert(Expected(path: file, line: i + 1, rule: rule.trimmingCharacters(in: .whitespaces)))
                }
            }
        }
        return out
    }

    static func expectedFile(_ path: String) throws -> Set<Expected> {
        var out = Set<Expected>()
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 3, let n = Int(parts[1]) else { continue }
            out.insert(Expected(path: String(parts[0]), line: n, rule: String(parts[2])))
        }
        return out
    }

    static func found(_ findings: [Finding]) -> Set<Expected> {
        Set(findings.map { Expected(path: $0.path, line: $0.startLine, rule: $0.type) })
    }

    static func lint(_ dir: String) throws -> [Finding] {
        let m = try manifest(dir)
        return try LintEngine(config: m.lint, configFile: "buf.yaml").run(try schema(dir), displayPath: { $0 },
                                                                          sources: { try? String(contentsOfFile: "\(dir)/\($0)", encoding: .utf8) })
    }

    static func breaking(_ dir: String) throws -> [Finding] {
        let m = try manifest("\(dir)/current")
        return try BreakingEngine(config: m.breaking, configFile: "buf.yaml")
            .run(previous: try schema("\(dir)/previous"), current: try schema("\(dir)/current"), displayPath: { $0 },
                 sources: { try? String(contentsOfFile: "\(dir)/current/\($0)", encoding: .utf8) })
    }

    /// Source files of rules, as the rule IDs their names spell (`EnumZeroValueSuffix` → ENUM_ZERO_VALUE_SUFFIX).
    static func ruleFiles(_ kind: String) -> Set<String> {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        let dir = url.appendingPathComponent("Sources/ProtoChecks/Rules/\(kind)").path
        return Set(FileSystem.files(under: dir, suffix: ".swift").map { NameCase.upperSnake(String($0.dropLast(6))) })
    }
}
