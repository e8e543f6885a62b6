import Yams

/// Which breaking-change rules decide that a release needs a new major version: buf's `breaking`
/// section, with buf's key spellings and defaults.
///
/// Paths (`ignore`, `ignoreOnly`) are relative to the directory of the manifest, as in `LintConfig`.
public struct BreakingConfig: Sendable, Equatable {
    /// Rule and category IDs to run. The default, FILE, is the category that protects generated
    /// code, which is what a stub package's consumers compile against.
    public var use: [String]
    /// Rule and category IDs to leave out of `use`.
    public var except: [String]
    /// Files or directories no rule looks at.
    public var ignore: [String]
    /// Rule or category ID → files or directories that rule does not look at.
    public var ignoreOnly: [String: [String]]
    /// Whether packages whose last component is unstable (`v1alpha1`, `v1beta2`, `v1test`) are
    /// exempt, so that changing them never requires a major version.
    public var ignoreUnstablePackages: Bool
    /// The buf rule definitions that the IDs in `use`, `except` and `ignore_only` refer to.
    public var ruleVersion: RuleSpecVersion
    /// buf v2's `disable_builtin`: no built-in rule runs.
    public var disableBuiltin: Bool

    public static let defaultUse = ["FILE"]

    public init(use: [String] = BreakingConfig.defaultUse, except: [String] = [], ignore: [String] = [],
                ignoreOnly: [String: [String]] = [:], ignoreUnstablePackages: Bool = false,
                ruleVersion: RuleSpecVersion = .v2, disableBuiltin: Bool = false) {
        self.use = use
        self.except = except
        self.ignore = ignore
        self.ignoreOnly = ignoreOnly
        self.ignoreUnstablePackages = ignoreUnstablePackages
        self.ruleVersion = ruleVersion
        self.disableBuiltin = disableBuiltin
    }

    /// The defaults of each kind of configuration file when it has no `breaking` section.
    public static func defaults(for source: Manifest.Source) -> BreakingConfig {
        BreakingConfig(ruleVersion: source.ruleVersion)
    }

    static func keys(for source: Manifest.Source) -> [String] {
        let common = ["use", "except", "ignore", "ignore_only", "ignore_unstable_packages"]
        return source == .bufV2 ? common + ["disable_builtin"] : common
    }

    /// Reads a `breaking` section; keys that are absent keep the defaults.
    static func read(_ node: Node, path: String, source: Manifest.Source, reader: YAMLReader) throws -> BreakingConfig {
        var config = defaults(for: source)
        guard !YAMLReader.isNull(node) else { return config }
        let fields = try reader.fields(node, path: path, what: "\"\(path)\"", known: keys(for: source))
        func key(_ name: String) -> String { YAMLReader.join(path, name) }

        if let node = fields["use"] { config.use = try reader.ruleIDs(node, path: key("use")) }
        if let node = fields["except"] { config.except = try reader.ruleIDs(node, path: key("except")) }
        if let node = fields["ignore"] { config.ignore = try reader.relativePaths(node, path: key("ignore")) }
        if let node = fields["ignore_only"] { config.ignoreOnly = try reader.ignoreOnly(node, path: key("ignore_only")) }
        if let node = fields["ignore_unstable_packages"] {
            config.ignoreUnstablePackages = try reader.bool(node, path: key("ignore_unstable_packages"))
        }
        // As in `LintConfig`: without check plugins, buf v2's disable_builtin leaves no rule to run.
        if let node = fields["disable_builtin"] {
            config.disableBuiltin = try reader.bool(node, path: key("disable_builtin"))
        }
        return config
    }
}
