import Foundation
import ProtopkgBasics

/// What the Python generator's environment says about the runtime its code needs.
public struct PythonToolchainInfo: Codable, Sendable, Equatable {
    public var grpcToolsVersion: String
    /// grpcio-tools' own requirement on `protobuf` (e.g. `protobuf<8.0.0,>=6.31.1`): the runtimes
    /// its generated code is declared to work with.
    public var protobufRequirement: String
    /// The site-packages directory holding grpc_tools: its timestamp changes when packages are upgraded.
    public var location: String

    public init(grpcToolsVersion: String, protobufRequirement: String, location: String) {
        self.grpcToolsVersion = grpcToolsVersion
        self.protobufRequirement = protobufRequirement
        self.location = location
    }

    static let probe = """
    import importlib.metadata as m, json, os, grpc_tools
    req = [r.split(';')[0].strip() for r in (m.requires('grpcio-tools') or []) if r.replace(' ', '').lower().startswith('protobuf')]
    print(json.dumps({"grpcToolsVersion": m.version('grpcio-tools'), "protobufRequirement": req[0] if req else "protobuf", "location": os.path.dirname(os.path.dirname(grpc_tools.__file__))}))
    """

    public static func read(python: String) throws -> PythonToolchainInfo {
        let out = try ProcessRunner.run(python, ["-c", probe])
        guard out.status == 0, let info = try? JSONDecoder().decode(PythonToolchainInfo.self, from: out.stdout) else {
            throw ProtopkgError("cannot read grpcio-tools' version from \(python): \(out.stderrText)",
                                hint: "reinstall it with `\(python) -m pip install --force-reinstall grpcio-tools`")
        }
        return info
    }
}
