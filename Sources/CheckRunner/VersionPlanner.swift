import Foundation
import GitRepository
import ProtoChecks
import ProtoModule
import ProtoPackaging
import ProtopkgBasics

/// `protopkg version`: finds the previous release (`--against`, else the newest vX.Y.Z tag),
/// decides the required version, and applies it to the manifest or as a git tag.
public struct VersionPlanner {
    public var toolchain: Toolchain
    /// Serves `--against registry:…`.
    public var registry: RegistryBundleSource?

    public init(toolchain: Toolchain = Toolchain(), registry: RegistryBundleSource? = nil) {
        self.toolchain = toolchain
        self.registry = registry
    }

    public struct Plan {
        public var module: CheckedModule
        public var decision: VersionDecision
        /// What the module was compared with; nil for a first release.
        public var against: String?
        /// The reference holds no version (a directory of .proto files, a descriptor set) and
        /// none was given: the decision says the kind of change and the bump, not the next version.
        public var previousVersionUnknown: Bool = false

        /// The version the change requires; an error naming the way out when the reference
        /// does not say its version.
        public func nextVersion() throws -> SemVer {
            guard previousVersionUnknown else { return decision.next }
            throw ProtopkgError("the version of \(against ?? "the reference") is unknown, so the next version cannot be computed "
                                + "(the change is \(decision.impact.rawValue))",
                                hint: "pass --previous-version X.Y.Z, the version \(against ?? "it") was released as")
        }
    }

    /// Parses `--previous-version`.
    public static func previousVersion(_ text: String?) throws -> SemVer? {
        guard let text else { return nil }
        do {
            return try SemVer(text)
        } catch {
            throw ProtopkgError("--previous-version \(text) is not a semantic version", hint: "write it as X.Y.Z, e.g. 1.4.0")
        }
    }

    /// - Parameter previousVersion: the version of the release compared with, for references
    ///   that do not say it themselves; a version the reference states wins.
    public func plan(directory: String, against: String?, previousVersion: SemVer? = nil) throws -> Plan {
        var reference: AgainstReference?
        if let against {
            reference = try AgainstReference.parse(against)
        } else if let tag = try PreviousRelease.newestTag(of: try ModuleWorkspace.load(directory)) {
            reference = .git(tag)
        }
        guard let reference else {
            let module = try CheckedModule.load(directory, toolchain: toolchain)
            return Plan(module: module, decision: try ModuleChecks.decide(module, against: nil), against: nil)
        }
        let (module, previous) = try CheckedModule.loadWithPrevious(directory, against: reference, toolchain: toolchain, registry: registry)
        if let stated = previous.version, let given = previousVersion, stated != given {
            throw ProtopkgError("--previous-version \(given) contradicts \(previous.label), which is version \(stated)",
                                hint: "leave --previous-version out; the reference says its version")
        }
        let known = previous.version ?? previousVersion
        return Plan(module: module, decision: try ModuleChecks.decide(module, against: previous, previousVersion: known),
                    against: previous.label, previousVersionUnknown: known == nil)
    }

    /// The version the module declares: its manifest's, else the newest tag on HEAD.
    public func declaredVersion(_ module: CheckedModule) throws -> SemVer {
        try ModuleVersion.resolve(module.workspace).version
    }

    /// Writes `version` into protopkg.yaml (atomically), keeping the rest of the file as it is.
    public func writeVersion(_ version: SemVer, module: CheckedModule) throws {
        let ws = module.workspace
        guard ws.manifestFile == "protopkg.yaml" else {
            throw ProtopkgError(ws.manifestFile.isEmpty ? "the directory has no protopkg.yaml to hold a version"
                                                        : "the module is configured by \(ws.manifestFile), which holds no version",
                                hint: "use `protopkg version bump --tag` to tag the commit instead")
        }
        let path = "\(ws.directory)/protopkg.yaml"
        let text = String(decoding: ws.manifestData, as: UTF8.self)
        let updated = try ManifestVersionEditor.setting(version, in: text, file: ModuleWorkspace.display(path))
        try FileSystem.writeAtomically(Data(updated.utf8), to: path)
    }

    public func tag(_ version: SemVer, module: CheckedModule) throws {
        guard let repo = try GitRepository.discover(from: module.workspace.directory) else {
            throw ProtopkgError("the module is not in a git repository", at: ModuleWorkspace.display(module.workspace.directory),
                                hint: "run `git init` and commit, or write the version into protopkg.yaml without --tag")
        }
        try repo.createAnnotatedTag("v\(version)", message: "\(module.workspace.manifest.name) \(version)")
    }
}
