import Foundation
import ProtoModule
import ProtoPackaging

/// `node: { grpc: true }`: protopkg's own Node generator (a CommonJS module, an ES module
/// wrapper and TypeScript declarations per file, the runtime inside), packed as the npm package
/// `@owner/name-protos`. Files of a dependency module with a node target come from that module's
/// package; any other imported file (the well-known types) is generated into this one.
public struct NodeLanguageTarget: LanguageTarget {
    public let target: NodeTarget
    public var name: String { "node" }

    public init(_ target: NodeTarget) { self.target = target }

    public func tools(_ context: BuildContext) throws -> NodeTools { NodeTools() }

    /// The package's files: per source file through the build cache, then the support files
    /// (runtime, bundled imports, index), which are cheap and depend on the whole set.
    public func generate(_ context: BuildContext, tools: NodeTools) throws -> (files: GeneratedFiles, regenerated: Int)? {
        context.progress("generating node code")
        let generator = NodeGenerator(grpc: target.grpc, mapping: Self.mapping(context.workspace))
        let (files, regenerated) = try context.generateIncrementally(generator)
        let support = try generator.supportFiles(set: context.set, files: context.workspace.files)
        return (files.merging(support) { a, _ in a }, regenerated)
    }

    public func package(_ context: BuildContext, tools: NodeTools, generated: GeneratedFiles?) throws -> [PackagedArtifact] {
        let ws = context.workspace
        var sources: [String: Data] = [:]
        for f in ws.files { sources[f] = ws.resolver.read(f) }
        let mapping = Self.mapping(ws)
        let input = NpmPackager.Input(module: ws.manifest.name, version: context.version, files: generated ?? [:],
                                      protoSources: sources, descriptorSet: context.compiled.bytes,
                                      dependencies: Self.packageDependencies(ws, mapping: mapping, set: context.set.file.map {
                                          (name: $0.name, imports: $0.dependency)
                                      }),
                                      grpc: target.grpc)
        let (name, _, tarball) = try NpmPackager.package(input)
        return [PackagedArtifact(path: "npm/\(name)", data: tarball, packageName: ws.manifest.name.npmPackage)]
    }

    /// The dependency modules (all of them, transitively) that build a node target: their files
    /// are required from their packages.
    static func mapping(_ ws: ModuleWorkspace) -> NodePackageMapping {
        NodePackageMapping(dependencies: ws.dependencies.filter { $0.manifest.targets.node != nil }
            .map { (module: $0.manifest.name, files: $0.files) })
    }

    /// package.json's `dependencies`: each direct dependency with a node target, at the
    /// manifest's range, and each other module whose package the generated code requires (a file
    /// of this package importing a file of a transitive dependency), at the range the module that
    /// depends on it declares, so that npm installs every package the code requires.
    static func packageDependencies(_ ws: ModuleWorkspace, mapping: NodePackageMapping,
                                    set: [(name: String, imports: [String])]) -> [Dependency] {
        let withNode = ws.dependencies.filter { $0.manifest.targets.node != nil }
        var out = ws.manifest.deps.filter { dep in withNode.contains { $0.manifest.name == dep.name } }
            .map { Dependency(name: $0.name, range: $0.range) }
        var required = Set<String>()
        for file in set where mapping.packageOfFile[file.name] == nil {
            for imported in file.imports { if let package = mapping.packageOfFile[imported] { required.insert(package) } }
        }
        for dep in withNode where required.contains(dep.manifest.name.npmPackage) && !out.contains(where: { $0.name == dep.manifest.name }) {
            let declared = ws.dependencies.lazy.compactMap { $0.manifest.dependency(named: dep.manifest.name) }.first
            guard let range = declared?.range ?? dep.manifest.version.flatMap({ try? VersionRange("^\($0)") }) else { continue }
            out.append(Dependency(name: dep.manifest.name, range: range))
        }
        return out.sorted { $0.name < $1.name }
    }
}
