import ProtoModule

extension Syncer {
    /// What `build` does first: when the module's registry dependencies are not in place as the
    /// lockfile pins them, sync (keeping locked versions; resolving only what is new). Returns
    /// nil when nothing had to be fetched.
    public func ensureSynced(directory: String) throws -> Report? {
        guard try ModuleWorkspace.registryDependenciesNeedSync(directory) else { return nil }
        return try sync(directory: directory, update: false)
    }
}
