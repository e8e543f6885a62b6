import Foundation
import ProtoModule
import ProtoPackaging
import ProtopkgBasics

/// `swift: { grpc: true }`: protoc-gen-swift messages and protoc-gen-grpc-swift-2 stubs in one
/// public Swift module, packed as a SwiftPM source archive that the registry serves as the
/// package `OWNER.NAME-protos`, depending on swift-protobuf (and gRPC) by URL and on each
/// dependency module's package by registry identity with the manifest's range.
public struct SwiftLanguageTarget: LanguageTarget {
    public let target: SwiftTarget
    public var name: String { "swift" }

    public init(_ target: SwiftTarget) { self.target = target }

    public func tools(_ context: BuildContext) throws -> SwiftTools {
        let toolchain = context.toolchain
        let swift = try toolchain.protocGenSwift()
        let grpc = target.grpc ? try toolchain.protocGenGRPCSwift() : nil
        func version(_ tool: String) throws -> String {
            let text = toolchain.version(of: tool)
            guard let number = SwiftTools.versionNumber(in: text) else {
                throw ProtopkgError("cannot read the version of \(tool) from `\(tool) --version` (it printed \"\(text)\")",
                                    hint: "check that it is a build of protoc-gen-swift or protoc-gen-grpc-swift-2")
            }
            return number
        }
        let protoc = try toolchain.protoc()
        return SwiftTools(protoc: protoc.protoc, protocVersion: protoc.versionLine ?? "protoc", protocGenSwift: swift, protocGenSwiftVersion: try version(swift),
                          protocGenGRPCSwift: try grpc.map { ($0, try version($0)) })
    }

    public func generate(_ context: BuildContext, tools: SwiftTools) throws -> (files: GeneratedFiles, regenerated: Int)? {
        context.progress("generating swift stubs")
        let versions = tools.versions.merging(["compiler": context.compiled.compilerVersion]) { a, _ in a }
        let generator = SwiftGenerator(protoc: tools.protoc, protocGenSwift: tools.protocGenSwift,
                                       protocGenGRPCSwift: tools.protocGenGRPCSwift?.path,
                                       moduleOfFile: try moduleOfDependencyFiles(context.workspace),
                                       toolVersions: versions.sorted { $0.key < $1.key }.map { "\($0)=\($1)" }.joined(separator: ","))
        return try context.generateIncrementally(generator)
    }

    public func package(_ context: BuildContext, tools: SwiftTools, generated: GeneratedFiles?) throws -> [PackagedArtifact] {
        let ws = context.workspace
        let files = generated ?? [:]
        let dependencies = try ws.manifest.deps.map { dep in
            SwiftPackager.Dependency(identity: try dep.name.swiftPackageIdentity(), product: dep.name.swiftModuleName,
                                     requirement: try SwiftPMRequirement.of(dep.range))
        }
        let hasGRPC = files.keys.contains { $0.hasSuffix(".grpc.swift") }
        let (_, zip) = try SwiftPackager.package(.init(
            moduleName: ws.manifest.name.swiftModuleName, files: files, swiftProtobufVersion: tools.protocGenSwiftVersion,
            grpcSwiftProtobufVersion: hasGRPC ? tools.protocGenGRPCSwift?.version : nil, dependencies: dependencies))
        let identity = try ws.manifest.name.swiftPackageIdentity()
        return [PackagedArtifact(path: "swift/\(identity)-\(context.version).zip", data: zip, packageName: identity)]
    }

    /// Every file of every dependency, mapped to the Swift module of its module's stubs. A
    /// dependency without a swift target has no such module, which is an error here rather than
    /// a failed `swift build` in every consumer.
    func moduleOfDependencyFiles(_ ws: ModuleWorkspace) throws -> [String: String] {
        var out: [String: String] = [:]
        for dep in ws.dependencies {
            guard dep.manifest.targets.swift != nil else {
                throw ProtopkgError("\(ws.manifest.name) builds swift stubs, but its dependency \(dep.manifest.name) has no swift target",
                                    at: ModuleWorkspace.display("\(ws.directory)/\(ws.manifestFile)"),
                                    hint: "add `swift: {}` under targets in the manifest of \(dep.manifest.name) and publish it, "
                                        + "or remove the swift target here")
            }
            _ = try dep.manifest.name.swiftPackageIdentity()
            for f in dep.files { out[f] = dep.manifest.name.swiftModuleName }
        }
        return out
    }
}
