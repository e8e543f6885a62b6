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
        /// A `buf.yaml` with `version: v1beta1`, or with no version, which buf reads as v1beta1.
        case bufV1Beta1
        case bufV1
        case bufV2
        /// A `buf.work.yaml`: each listed directory is a module with its own buf.yaml (or none).
        case bufWork
        /// A directory with no configuration file: buf's defaults, which are those of an empty
        /// buf.yaml v1 (lint STANDARD, breaking FILE, the directory itself as the root).
        case unconfigured

        /// The rule definitions that IDs in this kind of file refer to.
        public var ruleVersion: RuleSpecVersion {
            switch self {
            case .bufV1Beta1: return .v1beta1
            case .bufV1, .bufWork, .unconfigured: return .v1
            case .protopkgYAML, .bufV2: return .v2
            }
        }
    }

    public var name: ModuleName
    /// The declared version; nil means the newest `vX.Y.Z` git tag at HEAD decides.
    public var version: SemVer?
    /// Sorted by name.
    public var deps: [Dependency]
    public var targets: Targets
    /// The registry to publish to and pull from, an http or https URL as written.
    public var registry: String?
    /// The sets of import roots and how each is checked: one for protopkg.yaml and buf v1, one
    /// per entry of a buf v2 `modules` list or a buf.work.yaml `directories` list. Never empty.
    public var modules: [SourceModule]
    public var source: Source

    /// The file name of protopkg's own manifest.
    public static let fileName = "protopkg.yaml"
    /// The file name read when there is no `protopkg.yaml`.
    public static let bufFileName = "buf.yaml"
    /// The file that lists the module directories of a buf v1 workspace.
    public static let bufWorkFileName = "buf.work.yaml"
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
        self.targets = targets
        self.registry = registry
        self.modules = [SourceModule(roots: roots, excludes: excludes, lint: lint, breaking: breaking)]
        self.source = source
    }

    /// The lint configuration of the first module; setting it sets every module's. For a
    /// protopkg.yaml (one module) it is simply the manifest's `lint` section.
    public var lint: LintConfig {
        get { modules[0].lint }
        set { for i in modules.indices { modules[i].lint = newValue } }
    }

    /// As `lint`, for the `breaking` section.
    public var breaking: BreakingConfig {
        get { modules[0].breaking }
        set { for i in modules.indices { modules[i].breaking = newValue } }
    }

    /// The proto import roots of every module, relative to the module directory, each once:
    /// `["proto"]` for protopkg.yaml, the module paths of a buf.yaml.
    public var roots: [String] {
        var seen = Set<String>()
        return modules.flatMap(\.roots).filter { seen.insert($0).inserted }
    }

    /// Paths under the roots whose files are not part of the module (buf's `excludes`), relative
    /// to the module directory. Always empty for protopkg.yaml.
    public var excludes: [String] { modules.flatMap(\.excludes) }

    /// The dependency named `name`, if the manifest declares one.
    public func dependency(named name: ModuleName) -> Dependency? {
        deps.first { $0.name == name }
    }
}
