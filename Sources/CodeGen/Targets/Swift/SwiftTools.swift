/// protoc-gen-swift and, for `grpc: true`, protoc-gen-grpc-swift-2, with the versions they
/// report: the stubs' Package.swift asks for runtimes no older than the generators.
public struct SwiftTools: TargetTools {
    /// The protoc that drives the plugins (reading the compiled descriptors, not the sources).
    public let protoc: String
    public let protocVersion: String
    public let protocGenSwift: String
    /// `1.39.0`: also the lowest swift-protobuf the generated code is declared to work with.
    public let protocGenSwiftVersion: String
    /// The gRPC plugin and its version (`2.4.1`), the lowest grpc-swift-protobuf to ask for.
    public let protocGenGRPCSwift: (path: String, version: String)?

    public var stamps: [String: String] {
        var s = [protocGenSwift: BuildCache.stamp(protocGenSwift), protoc: BuildCache.stamp(protoc)]
        if let grpc = protocGenGRPCSwift { s[grpc.path] = BuildCache.stamp(grpc.path) }
        return s
    }

    public var versions: [String: String] {
        var v = ["protoc": protocVersion, "protoc-gen-swift": protocGenSwiftVersion]
        if let grpc = protocGenGRPCSwift { v["protoc-gen-grpc-swift-2"] = grpc.version }
        return v
    }

    /// The version number in what a plugin prints for `--version` (`protoc-gen-swift 1.39.0`).
    public static func versionNumber(in text: String) -> String? {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init).first { word in
            let parts = word.split(separator: ".")
            return parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
        }
    }
}
