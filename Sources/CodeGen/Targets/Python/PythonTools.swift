/// The Python interpreter that can import grpc_tools, and what it reports of its packages.
public struct PythonTools: TargetTools {
    public let python: String
    public let info: PythonToolchainInfo

    public var stamps: [String: String] {
        [python: BuildCache.stamp(python), info.location: BuildCache.stamp(info.location)]
    }
    public var versions: [String: String] { ["grpcio-tools": info.grpcToolsVersion] }
}
