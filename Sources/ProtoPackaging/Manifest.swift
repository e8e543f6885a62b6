/// A module's configuration: what `protopkg.yaml` says, or what protopkg reads from a `buf.yaml`
/// when a module has no manifest of its own (DESIGN.md §2).
///
/// This is the pure model: `parse(yaml:file:)` and `parseBufYAML(yaml:file:)` take the text and
/// the file name to use in errors; finding and reading the files is the caller's business.
public struct Manifest: Sendable, Equatable {
    /// Which kind of file the manifest was read from. It decides defaults that differ between
    /// them (buf v1 does not honour comment ignores unless asked) and how paths were written.
    public enum Source: String, Sendable, Equatable, CaseIterable {
        case protopkgYAML
        case bufV1
        case bufV2
    }

    public var name: ModuleName
    /// The declared version; nil means the newest `vX.Y.Z` git tag at HEAD decides.
    public var version: SemVer?
    /// Sorted by name.
    public var deps: [Dependency]
    public var lint: LintConfig
    public var breaking: BreakingConfig
    public var targets: Targets
    /// The registry to publish to and pull from, an http or https URL as written.
    public var registry: String?
    /// The proto import roots, relative to the module directory: `["proto"]` for protopkg.yaml,
    /// the module paths of a buf.yaml.
    public var roots: [String]
    /// Directories under the roots whose files are not part of the module (buf's `excludes`),
    /// relative to the module directory. Always empty for protopkg.yaml.
    public var excludes: [String]
    public var source: Source

    /// The file name of protopkg's own manifest.
    public static let fileName = "protopkg.yaml"
    /// The file name read when there is no `protopkg.yaml`.
    public static let bufFileName = "buf.yaml"
    /// The import root of a module described by protopkg.yaml.
    public static let protoRoot = "proto"

    public init(name: ModuleName, version: SemVer? = nil, deps: [Dependency] = [],
                lint: LintConfig = LintConfig(), breaking: BreakingConfig = BreakingConfig(),
                targets: Targets = .default, registry: String? = nil,
                roots: [String] = [Manifest.protoRoot], excludes: [String] = [],
                source: Source = .protopkgYAML) {
        self.name = name
        self.version = version
        self.deps = deps.sorted { $0.name < $1.name }
        self.lint = lint
        self.breaking = breaking
        self.targets = targets
        self.registry = registry
        self.roots = roots
        self.excludes = excludes
        self.source = source
    }

    /// The dependency named `name`, if the manifest declares one.
    public func dependency(named name: ModuleName) -> Dependency? {
        deps.first { $0.name == name }
    }
}
