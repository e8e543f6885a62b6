import Foundation
import ProtopkgBasics
import SwiftProtobuf

/// Swift messages (protoc-gen-swift) and gRPC stubs (protoc-gen-grpc-swift-2), all in one Swift
/// module: public, so that other packages can use them, and named after the whole import path
/// (`acme/billing/v1/invoice.proto` → `acme_billing_v1_invoice.pb.swift`), because a Swift
/// module cannot hold two files of the same name. Files of other modules are imported from
/// their own Swift modules through `ProtoPathModuleMappings`; the well-known types come from
/// SwiftProtobuf, which protoc-gen-swift knows by itself.
public struct SwiftGenerator: StubGenerator {
    public let protoc: String
    public let protocGenSwift: String
    public let protocGenGRPCSwift: String?
    /// Import path of every file of a dependency → the Swift module that holds its code.
    public let moduleOfFile: [String: String]
    public let toolVersions: String

    public init(protoc: String, protocGenSwift: String, protocGenGRPCSwift: String?, moduleOfFile: [String: String],
                toolVersions: String) {
        self.protoc = protoc
        self.protocGenSwift = protocGenSwift
        self.protocGenGRPCSwift = protocGenGRPCSwift
        self.moduleOfFile = moduleOfFile
        self.toolVersions = toolVersions
    }

    public var signature: String {
        var digest = DigestBuilder()
        digest.add(mappings)
        return "swift layout=1 grpc=\(protocGenGRPCSwift != nil) \(toolVersions) mappings=\(digest.finalize())"
    }

    /// The options both plugins take.
    static func options(mappingFile: String) -> [String] {
        ["Visibility=Public", "FileNaming=PathToUnderscores", "ProtoPathModuleMappings=\(mappingFile)"]
    }

    public func generate(set: Google_Protobuf_FileDescriptorSet, files: [String]) throws -> GeneratedFiles {
        guard !files.isEmpty else { return [:] }
        let scratch = try FileSystem.makeTemporaryDirectory(prefix: "protopkg-swift-map")
        defer { FileSystem.remove(scratch) }
        let mappingFile = "\(scratch)/module_mappings.asciipb"
        try FileSystem.writeAtomically(Data(mappings.utf8), to: mappingFile)
        let options = Self.options(mappingFile: mappingFile)
        let withServices = Set(set.file.filter { !$0.service.isEmpty }.map(\.name))
        var generated = try ProtocPluginRun.run(executable: protoc, set: set, files: files, outputArguments: { out in
            var args = ["--plugin=protoc-gen-swift=\(protocGenSwift)", "--swift_out=\(out)"] + options.map { "--swift_opt=\($0)" }
            if let grpc = protocGenGRPCSwift, files.contains(where: withServices.contains) {
                args += ["--plugin=protoc-gen-grpc-swift-2=\(grpc)", "--grpc-swift-2_out=\(out)"]
                    + options.map { "--grpc-swift-2_opt=\($0)" }
            }
            return args
        }, tool: "protoc with protoc-gen-swift")
        // protoc-gen-grpc-swift-2 writes a file for every input; keep those of files that declare services.
        let stemsWithServices = Set(withServices.map(Self.underscored))
        for path in generated.keys where path.hasSuffix(".grpc.swift") {
            if !stemsWithServices.contains(String(path.dropLast(".grpc.swift".count))) { generated[path] = nil }
        }
        return generated
    }

    /// `ProtoPathModuleMappings` in protobuf text format (swift-protobuf's
    /// `SwiftProtobuf_GenSwift_ModuleMappings`), one `mapping` per module, sorted.
    var mappings: String {
        var filesOfModule: [String: [String]] = [:]
        for (file, module) in moduleOfFile { filesOfModule[module, default: []].append(file) }
        return filesOfModule.keys.sorted().map { module in
            "mapping {\n  module_name: \(Self.quoted(module))\n"
                + filesOfModule[module]!.sorted().map { "  proto_file_path: \(Self.quoted($0))\n" }.joined() + "}\n"
        }.joined()
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    public func owner(ofGenerated path: String, among files: [String]) -> String? {
        for suffix in [".grpc.swift", ".pb.swift"] where path.hasSuffix(suffix) {
            let stem = String(path.dropLast(suffix.count))
            return files.first { Self.underscored($0) == stem }
        }
        return nil
    }

    /// What `FileNaming=PathToUnderscores` makes of an import path, without the extension.
    static func underscored(_ file: String) -> String {
        String(file.dropLast(file.hasSuffix(".proto") ? ".proto".count : 0)).replacingOccurrences(of: "/", with: "_")
    }
}
