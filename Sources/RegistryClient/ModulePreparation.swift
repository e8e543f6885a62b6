import Foundation
import ProtoModule
import ProtopkgBasics

/// The one place that decides what `build` and `publish` do before they compile: read the
/// manifest once, fetch the registry dependencies that protopkg.lock pins but are not on disk
/// (resolving only what is new), then load the module with its dependencies.
public enum ModulePreparation {
    public struct Prepared {
        public let workspace: ModuleWorkspace
        /// What had to be fetched; nil when every dependency was in place.
        public let fetched: Syncer.Report?
    }

    public static func prepare(directory: String, registry option: String? = nil,
                               progress: @escaping (String) -> Void = { _ in }) throws -> Prepared {
        let module = try ModuleManifestFile.load(directory)
        var fetched: Syncer.Report?
        if try ModuleWorkspace.registryDependenciesNeedSync(module) {
            let syncer = Syncer(api: try RegistryLocation.api(option, manifest: module.manifest), progress: progress)
            fetched = try syncer.sync(module, update: false)
        }
        return Prepared(workspace: try ModuleWorkspace.load(module), fetched: fetched)
    }
}
