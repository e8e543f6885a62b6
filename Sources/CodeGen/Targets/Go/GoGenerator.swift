import Foundation
import ProtopkgBasics
import SwiftProtobuf

/// Go messages (protoc-gen-go) and gRPC stubs (protoc-gen-go-grpc), laid out relative to the
/// module root as the Go module zip needs them.
public struct GoGenerator: StubGenerator {
    public let protoc: String
    public let protocGenGo: String
    public let protocGenGoGRPC: String?
    public let modulePath: String
    public let mapping: GoPackageMapping
    public let toolVersions: String

    public init(protoc: String, protocGenGo: String, protocGenGoGRPC: String?, modulePath: String,
                mapping: GoPackageMapping, toolVersions: String) {
        self.protoc = protoc
        self.protocGenGo = protocGenGo
        self.protocGenGoGRPC = protocGenGoGRPC
        self.modulePath = modulePath
        self.mapping = mapping
        self.toolVersions = toolVersions
    }

    public var signature: String { "go module=\(modulePath) grpc=\(protocGenGoGRPC != nil) \(toolVersions)" }

    public func generate(set: Google_Protobuf_FileDescriptorSet, files: [String]) throws -> GeneratedFiles {
        guard !files.isEmpty else { return [:] }
        let options = try ["module=\(modulePath)"] + mapping.options(for: set)
        let withServices = Set(set.file.filter { !$0.service.isEmpty }.map(\.name))
        return try ProtocPluginRun.run(executable: protoc, set: set, files: files, outputArguments: { out in
            var args = ["--plugin=protoc-gen-go=\(protocGenGo)", "--go_out=\(out)"] + options.map { "--go_opt=\($0)" }
            if let grpc = protocGenGoGRPC, files.contains(where: withServices.contains) {
                args += ["--plugin=protoc-gen-go-grpc=\(grpc)", "--go-grpc_out=\(out)"] + options.map { "--go-grpc_opt=\($0)" }
            }
            return args
        }, tool: "protoc with protoc-gen-go")
    }

    public func owner(ofGenerated path: String, among files: [String]) -> String? {
        // Output paths are the Go import directory (minus the module) plus the file's base name.
        let base = ((path as NSString).lastPathComponent as NSString)
        for suffix in ["_grpc.pb.go", ".pb.go"] where base.hasSuffix(suffix) {
            let stem = String(String(base).dropLast(suffix.count))
            let dir = (path as NSString).deletingLastPathComponent
            let candidates = files.filter { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension == stem }
            if candidates.count == 1 { return candidates[0] }
            return candidates.first { ($0 as NSString).deletingLastPathComponent == dir }
        }
        return nil
    }
}
