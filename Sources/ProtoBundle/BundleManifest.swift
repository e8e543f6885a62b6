import Foundation
import ProtoPackaging

/// `protopkg.json`, the first entry of every bundle: what the bundle is, what it was built from,
/// and the SHA-256 of every other entry, so a reader can verify the bundle entry by entry.
public struct BundleManifest: Codable, Equatable, Sendable {
    public struct GitState: Codable, Equatable, Sendable {
        public var commit: String
        public var dirty: Bool
        public init(commit: String, dirty: Bool) {
            self.commit = commit
            self.dirty = dirty
        }
    }

    /// The module's breaking configuration, so that a registry enforces the module's own rules.
    public struct BreakingSettings: Codable, Equatable, Sendable {
        public var use: [String]
        public var except: [String]
        public var ignore: [String]
        public var ignoreOnly: [String: [String]]
        public var ignoreUnstablePackages: Bool
        /// The buf rule definitions the IDs refer to (`v1beta1`, `v1`); absent for v2, so the
        /// bundles of protopkg.yaml modules are unchanged.
        public var ruleVersion: String?
        /// Present and true only for buf v2's `disable_builtin`.
        public var disableBuiltin: Bool?

        public init(_ config: BreakingConfig) {
            use = config.use
            except = config.except
            ignore = config.ignore
            ignoreOnly = config.ignoreOnly
            ignoreUnstablePackages = config.ignoreUnstablePackages
            ruleVersion = config.ruleVersion == .v2 ? nil : config.ruleVersion.rawValue
            disableBuiltin = config.disableBuiltin ? true : nil
        }

        public var config: BreakingConfig {
            BreakingConfig(use: use, except: except, ignore: ignore, ignoreOnly: ignoreOnly,
                           ignoreUnstablePackages: ignoreUnstablePackages,
                           ruleVersion: ruleVersion.flatMap(RuleSpecVersion.init(rawValue:)) ?? .v2,
                           disableBuiltin: disableBuiltin ?? false)
        }
    }

    public static let fileName = "protopkg.json"
    /// Built artifacts travel in the bundle under this folder (`artifacts/python/….whl`).
    public static let artifactsFolder = "artifacts/"
    public static let descriptorPath = "descriptor.binpb"

    public var format: Int
    public var name: String
    public var version: String
    /// Dependency module → range, as declared.
    public var deps: [String: String]
    public var targets: [String]
    public var git: GitState?
    /// Tool → version, e.g. `protoc` → `protoc 3.21.12`.
    public var toolchain: [String: String]
    /// Entry path → SHA-256 hex of its bytes, for every entry except this file.
    public var digests: [String: String]
    public var breaking: BreakingSettings?
    /// Artifact path below `artifacts/` → the name a package manager knows it by: the Go module
    /// path (`example.com/acme/billing/v2`), the wheel's distribution, the npm package, the
    /// SwiftPM registry identity. Absent in bundles built before protopkg recorded it.
    public var packages: [String: String]?

    public init(name: String, version: String, deps: [String: String], targets: [String], git: GitState?,
                toolchain: [String: String], digests: [String: String], breaking: BreakingSettings? = nil,
                packages: [String: String]? = nil) {
        format = 1
        self.name = name
        self.version = version
        self.deps = deps
        self.targets = targets
        self.git = git
        self.toolchain = toolchain
        self.digests = digests
        self.breaking = breaking
        self.packages = packages
    }

    /// Stable bytes: sorted keys, fixed indentation, trailing newline.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }
}
