import Foundation
import ProtoBundle
import ProtoModule
import ProtoPackaging
import ProtopkgBasics

/// `protopkg sync`: resolves the manifest's registry dependencies (those without `path`) and
/// theirs, transitively; fetches each bundle through the content-addressed cache, verifying it
/// against the registry's digest and against the lockfile's; writes `protopkg.lock`; and
/// extracts every dependency under `.protopkg/deps`.
///
/// In two steps, so `add` can resolve before it touches the manifest: `plan` only reads (the
/// registry, the cache, the old lockfile), `install` writes.
public struct Syncer {
    /// Nil when no registry is configured; only a manifest without registry dependencies syncs then.
    public var api: RegistryAPI?
    public var cache: DownloadCache
    public var progress: (String) -> Void

    public init(api: RegistryAPI?, cache: DownloadCache = DownloadCache(), progress: @escaping (String) -> Void = { _ in }) {
        self.api = api
        self.cache = cache
        self.progress = progress
    }

    public struct Plan {
        public var directory: String
        public var lockfile: Lockfile
        public var previous: Lockfile?
        var bundles: [ModuleName: BundleReader]
        /// Locked versions that were yanked since: kept, but worth a word.
        var yanked: Set<ModuleName> = []
    }

    public struct Report {
        public struct Entry: Equatable {
            public var name: ModuleName
            public var version: SemVer
            /// The version the old lockfile had, nil for a new dependency.
            public var previous: SemVer?
            /// Kept because the lockfile pins it, though the registry has yanked it.
            public var yanked = false
        }
        public var lockfile: Lockfile
        public var entries: [Entry]
        public var removed: [LockedDependency]
        public var lockfileChanged: Bool
    }

    public func sync(directory: String, update: Bool = false) throws -> Report {
        try sync(try ModuleManifestFile.load(directory), update: update)
    }

    public func sync(_ module: ModuleManifestFile, update: Bool = false) throws -> Report {
        try install(try plan(directory: module.directory, manifest: module.manifest, update: update))
    }

    /// Resolves and fetches; writes nothing but the cache.
    /// - Parameter update: ignore the lockfile's versions and take the newest that the ranges allow.
    public func plan(directory: String, manifest: Manifest, update: Bool) throws -> Plan {
        let dir = FileSystem.absolute(directory)
        let lockPath = "\(dir)/\(Lockfile.fileName)"
        let previous = FileSystem.exists(lockPath)
            ? try Lockfile.parse(yaml: String(decoding: try FileSystem.read(lockPath), as: UTF8.self),
                                 file: ModuleWorkspace.display(lockPath))
            : nil
        let wanted = manifest.deps.filter { $0.path == nil }
        guard !wanted.isEmpty else {
            return Plan(directory: dir, lockfile: Lockfile(registry: api?.baseURL), previous: previous, bundles: [:])
        }
        guard let api else {
            throw ProtopkgError("\(wanted.map(\.name.description).joined(separator: ", ")) come from a registry, and none is given",
                                hint: "pass --registry URL or add `registry: URL` to protopkg.yaml")
        }

        var published: [ModuleName: [PublishedVersion]] = [:]
        var bundles: [String: BundleReader] = [:]
        func versions(_ module: ModuleName) throws -> [PublishedVersion] {
            if let known = published[module] { return known }
            let found = try api.publishedVersions(module)
            published[module] = found
            return found
        }
        func record(_ module: ModuleName, _ version: SemVer) throws -> PublishedVersion {
            guard let found = try versions(module).first(where: { $0.version == version }) else {
                throw ProtopkgError("the registry \(api.baseURL) has no version \(version) of \(module)")
            }
            return found
        }
        func bundle(_ module: ModuleName, _ version: SemVer) throws -> BundleReader {
            let label = "\(module)@\(version)"
            if let known = bundles[label] { return known }
            let published = try record(module, version)
            if let locked = previous?.entry(named: module), locked.version == version, locked.sha256 != published.sha256 {
                throw ProtopkgError("\(label): \(Lockfile.fileName) pins \(locked.digest), but the registry \(api.baseURL) now "
                                        + "records sha256:\(published.sha256) for the same version",
                                    at: ModuleWorkspace.display(lockPath),
                                    hint: "published versions never change, so the registry's data was altered or this is another registry; "
                                        + "nothing was replaced — ask the registry's operator before trusting it")
            }
            progress("fetching \(label)")
            let reader = try BundleReader(try api.bundle(published, cache: cache), name: label)
            guard reader.manifest.name == module.description, reader.manifest.version == version.description else {
                throw ProtopkgError("the registry served a bundle of \(reader.manifest.name)@\(reader.manifest.version) for \(label)",
                                    hint: "the registry's data is inconsistent; tell its operator")
            }
            bundles[label] = reader
            return reader
        }

        let resolver = DependencyResolver(
            releases: { try versions($0).map { DependencyResolver.Release(version: $0.version, yanked: $0.yanked) } },
            dependencies: { module, version in
                try bundle(module, version).manifest.deps.sorted { $0.key < $1.key }.map { name, range in
                    do {
                        return (try ModuleName(name), try VersionRange(range))
                    } catch {
                        throw ProtopkgError("\(module)@\(version) declares an invalid dependency \(name) \(range): \(error)")
                    }
                }
            },
            preferred: update ? [:] : previous?.versions ?? [:])
        progress("resolving")
        let chosen = try resolver.resolve(root: manifest.name, deps: wanted.map { ($0.name, $0.range) })

        var locked: [LockedDependency] = []
        var readers: [ModuleName: BundleReader] = [:]
        var yanked: Set<ModuleName> = []
        for (module, version) in chosen.sorted(by: { $0.key < $1.key }) {
            readers[module] = try bundle(module, version)
            let published = try record(module, version)
            if published.yanked { yanked.insert(module) }
            locked.append(LockedDependency(name: module, version: version, sha256: published.sha256))
        }
        return Plan(directory: dir, lockfile: Lockfile(registry: api.baseURL, deps: locked), previous: previous,
                    bundles: readers, yanked: yanked)
    }

    /// Extracts what changed, removes what is no longer pinned, and writes the lockfile last
    /// (atomically, and only when its text changes).
    public func install(_ plan: Plan) throws -> Report {
        for dep in plan.lockfile.deps {
            let target = ModuleWorkspace.syncedDirectory(of: dep.name, in: plan.directory)
            guard !DependencyExtractor.isInstalled(dep, at: target), let bundle = plan.bundles[dep.name] else { continue }
            progress("extracting \(dep.name)@\(dep.version)")
            try DependencyExtractor.install(bundle, as: dep, into: target)
        }
        DependencyExtractor.prune("\(plan.directory)/\(ModuleWorkspace.syncedFolder)", keeping: plan.lockfile)

        let lockPath = "\(plan.directory)/\(Lockfile.fileName)"
        let text = try plan.lockfile.yaml()
        let changed = (try? FileSystem.read(lockPath)) != Data(text.utf8)
        if changed { try FileSystem.writeAtomically(Data(text.utf8), to: lockPath) }
        let entries = plan.lockfile.deps.map {
            Report.Entry(name: $0.name, version: $0.version, previous: plan.previous?.entry(named: $0.name)?.version,
                         yanked: plan.yanked.contains($0.name))
        }
        let removed = plan.previous?.deps.filter { plan.lockfile.entry(named: $0.name) == nil } ?? []
        return Report(lockfile: plan.lockfile, entries: entries, removed: removed, lockfileChanged: changed)
    }
}
