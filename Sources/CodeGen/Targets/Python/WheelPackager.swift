import ArchiveKit
import Foundation
import ProtoPackaging
import ProtopkgBasics

/// A PEP 427 wheel of generated Python code. No `__init__.py` is written: every directory is a
/// PEP 420 namespace package, so wheels of several modules sharing `acme/` own no common file.
public struct WheelPackager {
    public struct Input {
        public var module: ModuleName
        public var version: SemVer
        public var files: GeneratedFiles
        /// Requirement lines for Requires-Dist, already in PEP 508 form.
        public var requirements: [String]
        public init(module: ModuleName, version: SemVer, files: GeneratedFiles, requirements: [String]) {
            self.module = module
            self.version = version
            self.files = files
            self.requirements = requirements
        }
    }

    public static func requirements(python: PythonToolchainInfo, grpcRuntime: String?, deps: [Dependency]) throws -> [String] {
        var lines = [python.protobufRequirement.replacingOccurrences(of: " ", with: "")]
        if let grpcRuntime { lines.append("grpcio>=\(grpcRuntime)") }
        for dep in deps {
            let spec = try dep.range.pep440Specifier()
            lines.append(dep.name.pythonDistribution + spec)
        }
        return lines
    }

    /// (file name, bytes) of the wheel.
    public static func package(_ input: Input) throws -> (String, Data) {
        let version = try input.version.pep440()
        let distName = input.module.pythonDistribution.replacingOccurrences(of: "-", with: "_")
        let distInfo = "\(distName)-\(version).dist-info"
        var entries = input.files.map { ArchiveEntry(path: $0.key, data: $0.value) }.sortedByPath

        var metadata = """
        Metadata-Version: 2.1
        Name: \(input.module.pythonDistribution)
        Version: \(version)
        Summary: Protocol Buffers stubs for the \(input.module) API, built by protopkg
        Requires-Python: >=3.9

        """
        for r in input.requirements { metadata += "Requires-Dist: \(r)\n" }
        let wheel = """
        Wheel-Version: 1.0
        Generator: protopkg
        Root-Is-Purelib: true
        Tag: py3-none-any

        """
        entries.append(ArchiveEntry(path: "\(distInfo)/METADATA", data: Data(metadata.utf8)))
        entries.append(ArchiveEntry(path: "\(distInfo)/WHEEL", data: Data(wheel.utf8)))
        var record = ""
        for e in entries {
            record += "\(csvField(e.path)),sha256=\(SHA256Hex.base64URL(e.data)),\(e.data.count)\n"
        }
        record += "\(distInfo)/RECORD,,\n"
        entries.append(ArchiveEntry(path: "\(distInfo)/RECORD", data: Data(record.utf8)))
        return ("\(distName)-\(version)-py3-none-any.whl", try ArchiveWriter.write(entries, format: .zip))
    }

    static func csvField(_ s: String) -> String {
        s.contains(",") || s.contains("\"") ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
