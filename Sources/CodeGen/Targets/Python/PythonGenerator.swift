import Foundation
import ProtopkgBasics
import SwiftProtobuf

/// Python message classes, type stubs and (optionally) gRPC stubs, made by grpcio-tools so that
/// they match the protobuf and grpcio runtimes current on PyPI.
public struct PythonGenerator: StubGenerator {
    public let python: String
    public let info: PythonToolchainInfo
    public let grpc: Bool

    public init(python: String, info: PythonToolchainInfo, grpc: Bool) {
        self.python = python
        self.info = info
        self.grpc = grpc
    }

    public var signature: String { "python grpc=\(grpc) grpcio-tools=\(info.grpcToolsVersion)" }

    public func generate(set: Google_Protobuf_FileDescriptorSet, files: [String]) throws -> GeneratedFiles {
        guard !files.isEmpty else { return [:] }
        var generated = try ProtocPluginRun.run(
            executable: python, leadingArguments: ["-m", "grpc_tools.protoc"], set: set, files: files,
            outputArguments: { out in
                ["--python_out=\(out)", "--pyi_out=\(out)"] + (grpc ? ["--grpc_python_out=\(out)"] : [])
            }, tool: "grpcio-tools (python -m grpc_tools.protoc)")
        // grpcio-tools writes a _pb2_grpc.py for every file; keep those of files that declare services.
        let withServices = Set(set.file.filter { !$0.service.isEmpty }.map { String($0.name.dropLast(".proto".count)) })
        for path in generated.keys where path.hasSuffix("_pb2_grpc.py") {
            if !withServices.contains(String(path.dropLast("_pb2_grpc.py".count))) { generated[path] = nil }
        }
        return generated
    }

    public func owner(ofGenerated path: String, among files: [String]) -> String? {
        ownerByStem(path, among: files, suffixes: ["_pb2_grpc.py", "_pb2.pyi", "_pb2.py"])
    }

    /// The gRPC runtime the generated stubs check for at import (`GRPC_GENERATED_VERSION`).
    public static func grpcRuntimeVersion(in generated: GeneratedFiles) -> String? {
        for (path, data) in generated where path.hasSuffix("_pb2_grpc.py") {
            let text = String(decoding: data, as: UTF8.self)
            guard let r = text.range(of: "GRPC_GENERATED_VERSION = '") else { continue }
            let tail = text[r.upperBound...]
            if let end = tail.firstIndex(of: "'") { return String(tail[..<end]) }
        }
        return nil
    }
}
