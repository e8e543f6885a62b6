/// protoc-gen-go and, for `grpc: true`, protoc-gen-go-grpc, with the versions they report.
public struct GoTools: TargetTools {
    /// The protoc that drives the plugins (reading the compiled descriptors, not the sources).
    public let protoc: String
    public let protocVersion: String
    public let protocGenGo: String
    public let protocGenGoVersion: String
    public let protocGenGoGRPC: (path: String, version: String)?

    public var stamps: [String: String] {
        var s = [protocGenGo: BuildCache.stamp(protocGenGo), protoc: BuildCache.stamp(protoc)]
        if let grpc = protocGenGoGRPC { s[grpc.path] = BuildCache.stamp(grpc.path) }
        return s
    }

    public var versions: [String: String] {
        var v = ["protoc": protocVersion, "protoc-gen-go": protocGenGoVersion]
        if let grpc = protocGenGoGRPC { v["protoc-gen-go-grpc"] = grpc.version }
        return v
    }
}
