import Foundation
import ProtopkgBasics

/// Chooses the protoc that compiles a module: `$PROTOPKG_PROTOC` when set, else the newest of every
/// protoc on PATH and grpcio-tools' `python-grpc-tools-protoc`. Each runs with the well-known types
/// of its own release (its `include/` or its package), never with another release's, because
/// `descriptor.proto` and the features files change between releases.
public enum ProtocDiscovery {
    /// protoc's first release that compiles editions 2023.
    public static let firstEditionsRelease = ProtocRelease(major: 27, minor: 0)

    public static func discover(environment: [String: String]) throws -> ProtocFrontEnd {
        let path = environment["PATH"]
        if let wanted = environment["PROTOPKG_PROTOC"] {
            guard let found = ProcessRunner.which(wanted, path: path) else {
                throw ProtopkgError("PROTOPKG_PROTOC names \"\(wanted)\", which was not found",
                                    hint: "set PROTOPKG_PROTOC to the path of a protoc binary, or unset it to use the newest protoc on PATH")
            }
            return try frontEnd(for: found)
        }
        var candidates: [String] = []
        for dir in (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") {
            for name in ["protoc", "python-grpc-tools-protoc"] {
                let p = "\(dir)/\(name)"
                if FileManager.default.isExecutableFile(atPath: p) && !candidates.contains(p) { candidates.append(p) }
            }
        }
        var best: (ProtocFrontEnd, ProtocRelease)?
        for candidate in candidates {
            guard let fe = try? frontEnd(for: candidate), let release = fe.release else { continue }
            if best == nil || release > best!.1 { best = (fe, release) }
        }
        guard let best else {
            throw ProtopkgError("protoc was not found on PATH",
                                hint: "install protoc 27 or newer (`pip install grpcio-tools` gives protoc 35; Debian's protobuf-compiler gives 3.21, which predates editions), or set PROTOPKG_PROTOC to its path")
        }
        return best.0
    }

    /// The front end for one protoc binary, with the well-known types of the same release.
    static func frontEnd(for path: String) throws -> ProtocFrontEnd {
        if (path as NSString).lastPathComponent == "python-grpc-tools-protoc" {
            // grpc_tools adds its own `_proto` directory as the last import root.
            return ProtocFrontEnd(protoc: path, wellKnownTypes: nil, versionLine: probe(path))
        }
        let binary = URL(fileURLWithPath: path).resolvingSymlinksInPath()
        let prefix = binary.deletingLastPathComponent().deletingLastPathComponent().path
        let include = (prefix == "/" ? "/usr" : prefix) + "/include"
        let hasOwn = FileManager.default.fileExists(atPath: "\(include)/google/protobuf/descriptor.proto")
        return ProtocFrontEnd(protoc: path, wellKnownTypes: hasOwn ? (include as NSString).standardizingPath : nil,
                              versionLine: probe(path))
    }

    /// `protoc 35.1` for `libprotoc 35.1`; nil when the binary does not answer `--version`.
    static func probe(_ path: String) -> String? {
        guard let out = try? ProcessRunner.run(path, ["--version"]), out.status == 0 else { return nil }
        let line = out.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)
        return line.isEmpty ? nil : line.replacingOccurrences(of: "libprotoc", with: "protoc")
    }
}
