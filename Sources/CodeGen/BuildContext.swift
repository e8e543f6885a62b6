import Foundation
import ProtoBundle
import ProtoCompiler
import ProtoModule
import ProtoPackaging
import SwiftProtobuf

/// Everything a language target may read during one build: the loaded module, its version, the
/// compiled descriptors, the toolchain and the build cache. Generators read the compiled
/// descriptors, never the sources, so every target sees what the module's compiler produced.
public struct BuildContext {
    public let workspace: ModuleWorkspace
    public let version: SemVer
    public let compiled: CompileResult
    public let set: Google_Protobuf_FileDescriptorSet
    public let toolchain: Toolchain
    public let cache: BuildCache
    public let progress: (String) -> Void

    /// `OWNER-NAME-VERSION`, the stem of the bundle's and the descriptor set's file names.
    public var stem: String { BundleFileName.stem(workspace.manifest.name, version) }

    /// Runs `generator` on the module's own files, reusing cached code of unchanged files.
    public func generateIncrementally(_ generator: StubGenerator) throws -> (files: GeneratedFiles, regenerated: Int) {
        let (files, count) = try IncrementalGeneration(cache: cache, generator: generator).run(set: set, files: workspace.files)
        return (files, count)
    }
}
