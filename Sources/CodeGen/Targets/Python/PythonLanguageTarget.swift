import Foundation
import ProtoPackaging

/// `python: { grpc: true }`: message classes, type stubs and gRPC stubs from grpcio-tools,
/// packed as a wheel that requires the matching protobuf and grpcio and each dependency's wheel.
public struct PythonLanguageTarget: LanguageTarget {
    public let target: PythonTarget
    public var name: String { "python" }

    public init(_ target: PythonTarget) { self.target = target }

    public func tools(_ context: BuildContext) throws -> PythonTools {
        let python = try context.toolchain.python()
        return PythonTools(python: python, info: try PythonToolchainInfo.read(python: python))
    }

    public func generate(_ context: BuildContext, tools: PythonTools) throws -> (files: GeneratedFiles, regenerated: Int)? {
        context.progress("generating python stubs")
        return try context.generateIncrementally(PythonGenerator(python: tools.python, info: tools.info, grpc: target.grpc))
    }

    public func package(_ context: BuildContext, tools: PythonTools, generated: GeneratedFiles?) throws -> [PackagedArtifact] {
        let files = generated ?? [:]
        let requirements = try WheelPackager.requirements(
            python: tools.info, grpcRuntime: target.grpc ? PythonGenerator.grpcRuntimeVersion(in: files) : nil,
            deps: context.workspace.manifest.deps)
        let (name, wheel) = try WheelPackager.package(.init(module: context.workspace.manifest.name, version: context.version,
                                                            files: files, requirements: requirements))
        return [PackagedArtifact(path: "python/\(name)", data: wheel,
                                 packageName: context.workspace.manifest.name.pythonDistribution)]
    }
}
