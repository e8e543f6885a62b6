import Foundation
import ProtoCompiler
import ProtopkgBasics

/// The compiler and the external programs a build runs, found once per build. Each program is
/// looked up only when something needs it, so a descriptor-only module builds (and every check
/// runs) with no protoc, Python or Go installed.
public struct Toolchain: Sendable {
    public var environment: [String: String]
    public var compiler: CompilerChoice

    public init(environment: [String: String] = ProcessInfo.processInfo.environment, compiler: CompilerChoice = .native) {
        self.environment = environment
        self.compiler = compiler
    }

    /// The front end that compiles modules: the native compiler unless protoc was asked for.
    public func frontEnd() throws -> CompilerFrontEnd {
        switch compiler {
        case .native: return NativeFrontEnd()
        case .protoc: return try protoc()
        }
    }

    /// protoc itself: for `--compiler protoc`, and as the driver of plugins that only run under
    /// it (protoc-gen-go, protoc-gen-swift), which read the native descriptors through
    /// `--descriptor_set_in`.
    public func protoc() throws -> ProtocFrontEnd { try ProtocFrontEnd.discover(environment: environment) }

    /// A Python interpreter that can import grpc_tools: `$PROTOPKG_PYTHON`, else `python3` on PATH.
    public func python() throws -> String {
        let wanted = environment["PROTOPKG_PYTHON"] ?? "python3"
        guard let path = ProcessRunner.which(wanted, path: environment["PATH"]) else {
            throw ProtopkgError("python3 was not found (needed by the python target)",
                                hint: "install Python 3 and `pip install grpcio-tools`, or set PROTOPKG_PYTHON")
        }
        let probe = try ProcessRunner.run(path, ["-c", "import grpc_tools.protoc"])
        guard probe.status == 0 else {
            throw ProtopkgError("\(path) cannot import grpc_tools (needed by the python target)",
                                hint: "run `\(path) -m pip install grpcio-tools`, or set PROTOPKG_PYTHON to a Python that has it")
        }
        return path
    }

    /// A protoc plugin such as `protoc-gen-go`: `$PROTOPKG_PROTOC_GEN_GO` style override, else PATH.
    public func plugin(_ name: String, package: String) throws -> String {
        let key = "PROTOPKG_" + name.uppercased().replacingOccurrences(of: "-", with: "_")
        let wanted = environment[key] ?? name
        guard let path = ProcessRunner.which(wanted, path: environment["PATH"]) else {
            throw ProtopkgError("\(name) was not found on PATH (needed by the go target)",
                                hint: "install it with `apt-get install \(package)`, or set \(key) to its path")
        }
        return path
    }

    /// The first line a tool prints for `--version`, trimmed.
    public func version(of tool: String, arguments: [String] = ["--version"]) -> String {
        guard let out = try? ProcessRunner.run(tool, arguments) else { return "unknown" }
        let text = out.stdoutText.isEmpty ? out.stderrText : out.stdoutText
        return text.split(separator: "\n").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown"
    }
}
