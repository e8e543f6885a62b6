import Yams

/// Which lint rules run and how they are tuned: buf's `lint` section, with buf's key spellings
/// and defaults so a buf configuration means the same thing here.
///
/// Paths (`ignore`, `ignoreOnly`) are relative to the directory of the manifest (the workspace
/// root), as buf v2 writes them; paths of buf v1 and v1beta1 files, which count from the module
/// or from each root, are rebased when those files are read (see `SourceModule`).
public struct LintConfig: Sendable, Equatable {
    /// Rule and category IDs to run.
    public var use: [String]
    /// Rule and category IDs to leave out of `use`.
    public var except: [String]
    /// Files or directories no rule looks at.
    public var ignore: [String]
    /// Rule or category ID → files or directories that rule does not look at.
    public var ignoreOnly: [String: [String]]
    public var enumZeroValueSuffix: String
    public var rpcAllowSameRequestResponse: Bool
    public var rpcAllowGoogleProtobufEmptyRequests: Bool
    public var rpcAllowGoogleProtobufEmptyResponses: Bool
    public var serviceSuffix: String
    /// Whether `// buf:lint:ignore ID` comments silence a finding. buf v1 defaults to false,
    /// buf v2 and protopkg.yaml to true.
    public var allowCommentIgnores: Bool
    /// The buf rule definitions that the IDs in `use`, `except` and `ignore_only` refer to.
    public var ruleVersion: RuleSpecVersion
    /// buf v2's `disable_builtin`: no built-in rule runs (protopkg has no check plugins).
    public var disableBuiltin: Bool

    public static let defaultUse = ["STANDARD"]

    public init(use: [String] = LintConfig.defaultUse, except: [String] = [], ignore: [String] = [],
                ignoreOnly: [String: [String]] = [:], enumZeroValueSuffix: String = "_UNSPECIFIED",
                rpcAllowSameRequestResponse: Bool = false, rpcAllowGoogleProtobufEmptyRequests: Bool = false,
                rpcAllowGoogleProtobufEmptyResponses: Bool = false, serviceSuffix: String = "Service",
                allowCommentIgnores: Bool = true, ruleVersion: RuleSpecVersion = .v2, disableBuiltin: Bool = false) {
        self.use = use
        self.except = except
        self.ignore = ignore
        self.ignoreOnly = ignoreOnly
        self.enumZeroValueSuffix = enumZeroValueSuffix
        self.rpcAllowSameRequestResponse = rpcAllowSameRequestResponse
        self.rpcAllowGoogleProtobufEmptyRequests = rpcAllowGoogleProtobufEmptyRequests
        self.rpcAllowGoogleProtobufEmptyResponses = rpcAllowGoogleProtobufEmptyResponses
        self.serviceSuffix = serviceSuffix
        self.allowCommentIgnores = allowCommentIgnores
        self.ruleVersion = ruleVersion
        self.disableBuiltin = disableBuiltin
    }

    /// The defaults of each kind of configuration file when it has no `lint` section.
    public static func defaults(for source: Manifest.Source) -> LintConfig {
        LintConfig(allowCommentIgnores: source.ruleVersion == .v2, ruleVersion: source.ruleVersion)
    }

    static func keys(for source: Manifest.Source) -> [String] {
        let common = ["use", "except", "ignore", "ignore_only", "enum_zero_value_suffix",
                      "rpc_allow_same_request_response", "rpc_allow_google_protobuf_empty_requests",
                      "rpc_allow_google_protobuf_empty_responses", "service_suffix"]
        switch source {
        case .protopkgYAML: return common + ["disallow_comment_ignores"]
        case .bufV1Beta1, .bufV1, .bufWork, .unconfigured: return common + ["allow_comment_ignores"]
        case .bufV2: return common + ["disallow_comment_ignores", "disable_builtin"]
        }
    }

    /// Reads a `lint` section; keys that are absent keep the defaults of `source`.
    static func read(_ node: Node, path: String, source: Manifest.Source, reader: YAMLReader) throws -> LintConfig {
        var config = defaults(for: source)
        guard !YAMLReader.isNull(node) else { return config }
        let fields = try reader.fields(node, path: path, what: "\"\(path)\"", known: keys(for: source))
        func key(_ name: String) -> String { YAMLReader.join(path, name) }
        func bool(_ name: String, _ value: inout Bool) throws {
            if let node = fields[name] { value = try reader.bool(node, path: key(name)) }
        }
        func string(_ name: String, _ value: inout String) throws {
            if let node = fields[name] { value = try reader.string(node, path: key(name)) }
        }

        if let node = fields["use"] { config.use = try reader.ruleIDs(node, path: key("use")) }
        if let node = fields["except"] { config.except = try reader.ruleIDs(node, path: key("except")) }
        if let node = fields["ignore"] { config.ignore = try reader.relativePaths(node, path: key("ignore")) }
        if let node = fields["ignore_only"] { config.ignoreOnly = try reader.ignoreOnly(node, path: key("ignore_only")) }
        try string("enum_zero_value_suffix", &config.enumZeroValueSuffix)
        try bool("rpc_allow_same_request_response", &config.rpcAllowSameRequestResponse)
        try bool("rpc_allow_google_protobuf_empty_requests", &config.rpcAllowGoogleProtobufEmptyRequests)
        try bool("rpc_allow_google_protobuf_empty_responses", &config.rpcAllowGoogleProtobufEmptyResponses)
        try string("service_suffix", &config.serviceSuffix)
        try bool("allow_comment_ignores", &config.allowCommentIgnores)
        if let node = fields["disallow_comment_ignores"] {
            config.allowCommentIgnores = try !reader.bool(node, path: key("disallow_comment_ignores"))
        }
        // buf v2's switch for running only plugin rules: protopkg has no check plugins, so the
        // faithful reading is that no built-in rule runs.
        if let node = fields["disable_builtin"] {
            config.disableBuiltin = try reader.bool(node, path: key("disable_builtin"))
        }
        return config
    }
}
