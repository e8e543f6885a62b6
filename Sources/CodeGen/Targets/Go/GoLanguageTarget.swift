import Foundation
import ProtoPackaging
import ProtopkgBasics

/// `go: { module: example.com/acme/x, grpc: true }`: protoc-gen-go and protoc-gen-go-grpc code,
/// packed as a module zip in the Go proxy's layout, requiring each dependency module's Go module.
public struct GoLanguageTarget: LanguageTarget {
    public let target: GoTarget
    public var name: String { "go" }

    public init(_ target: GoTarget) { self.target = target }

    public func tools(_ context: BuildContext) throws -> GoTools {
        let toolchain = context.toolchain
        let protocGenGo = try toolchain.plugin("protoc-gen-go", package: "protoc-gen-go")
        let grpc = target.grpc ? try toolchain.plugin("protoc-gen-go-grpc", package: "protoc-gen-go-grpc") : nil
        let protoc = try toolchain.protoc()
        return GoTools(protoc: protoc.protoc, protocVersion: protoc.versionLine ?? "protoc", protocGenGo: protocGenGo,
                       protocGenGoVersion: toolchain.version(of: protocGenGo).components(separatedBy: " ").last ?? "v1.28.1",
                       protocGenGoGRPC: grpc.map { ($0, toolchain.version(of: $0).components(separatedBy: " ").last ?? "1.0") })
    }

    public func generate(_ context: BuildContext, tools: GoTools) throws -> (files: GeneratedFiles, regenerated: Int)? {
        context.progress("generating go stubs")
        let versions = tools.versions.merging(["compiler": context.compiled.compilerVersion]) { a, _ in a }
        let generator = GoGenerator(protoc: tools.protoc, protocGenGo: tools.protocGenGo,
                                    protocGenGoGRPC: tools.protocGenGoGRPC?.path, modulePath: modulePath(context),
                                    mapping: GoPackageMapping(moduleOfFile: layout(context).moduleOfFile,
                                                              ownFiles: Set(context.workspace.files)),
                                    toolVersions: versions.sorted { $0.key < $1.key }.map { "\($0)=\($1)" }.joined(separator: ","))
        return try context.generateIncrementally(generator)
    }

    public func package(_ context: BuildContext, tools: GoTools, generated: GeneratedFiles?) throws -> [PackagedArtifact] {
        var requires = layout(context).requires
        let goVersion = tools.protocGenGoVersion
        requires["google.golang.org/protobuf"] = goVersion.hasPrefix("v") ? goVersion : "v\(goVersion)"
        let own = Set(context.workspace.files)
        if let grpc = tools.protocGenGoGRPC, context.set.file.contains(where: { own.contains($0.name) && !$0.service.isEmpty }) {
            requires["google.golang.org/grpc"] = GoModulePackager.grpcRuntime(forPluginVersion: grpc.version)
        }
        let (_, name, zip) = try GoModulePackager.package(.init(modulePath: modulePath(context), version: context.version,
                                                                files: generated ?? [:], requires: requires),
                                                          fileStem: context.workspace.manifest.name.fileStem)
        return [PackagedArtifact(path: "go/\(name)", data: zip, packageName: modulePath(context))]
    }

    func modulePath(_ context: BuildContext) -> String {
        GoPackageMapping.modulePath(target.module, major: context.version.major)
    }

    /// Which Go module each file belongs to (the module's own, or a dependency's at the major of
    /// the lowest version its range admits), and the dependency modules go.mod requires.
    func layout(_ context: BuildContext) -> (moduleOfFile: [String: GoPackageMapping.Module], requires: [String: String]) {
        let ws = context.workspace
        let own = GoPackageMapping.Module(base: target.module, major: context.version.major)
        var moduleOfFile = Dictionary(uniqueKeysWithValues: ws.files.map { ($0, own) })
        var requires: [String: String] = [:]
        for dep in ws.dependencies {
            guard let depGo = dep.manifest.targets.go else { continue }
            let declared = ws.manifest.dependency(named: dep.manifest.name)?.range.lowestAdmitted
            let depVersion = declared ?? dep.manifest.version ?? SemVer(major: 0, minor: 0, patch: 0)
            let module = GoPackageMapping.Module(base: depGo.module, major: depVersion.major)
            for f in dep.files { moduleOfFile[f] = module }
            requires[module.path] = GoModulePackager.goVersion(depVersion)
        }
        return (moduleOfFile, requires)
    }
}
