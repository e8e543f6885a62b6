/// `protopkg.lock`: the exact version and bundle digest of every registry dependency, direct and
/// transitive, that `protopkg sync` resolved. Dependencies with a local `path` are not in it.
///
/// The file is YAML (see `Lockfile+YAML.swift`):
///
/// ```yaml
/// # protopkg.lock: written by `protopkg sync`; ...
/// version: 1
/// registry: http://127.0.0.1:8080
/// deps:
/// - name: acme/common
///   version: 1.2.0
///   digest: sha256:9f86d0…
/// ```
public struct Lockfile: Sendable, Equatable {
    public static let fileName = "protopkg.lock"
    /// The format this build of protopkg reads and writes.
    public static let formatVersion = 1

    /// The registry the versions were resolved against, when there were any to resolve.
    public var registry: String?
    /// Sorted by name, each module once.
    public var deps: [LockedDependency]

    public init(registry: String? = nil, deps: [LockedDependency] = []) {
        self.registry = registry
        self.deps = deps.sorted { $0.name < $1.name }
    }

    public func entry(named name: ModuleName) -> LockedDependency? {
        deps.first { $0.name == name }
    }

    /// Module → locked version, what resolution prefers while the ranges still admit it.
    public var versions: [ModuleName: SemVer] {
        Dictionary(uniqueKeysWithValues: deps.map { ($0.name, $0.version) })
    }
}
