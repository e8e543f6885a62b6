import Foundation
import ProtoChecks
import ProtoModule
import ProtoPackaging
import ProtoSchema
import ProtopkgBasics

/// Lint, breaking and the version decision on a compiled module, with the module's own
/// configuration and findings on module-relative paths.
public enum ModuleChecks {
    public static func lint(_ module: CheckedModule) throws -> [Finding] {
        try LintEngine(config: module.workspace.manifest.lint, configFile: configFile(module))
            .run(module.schema, displayPath: module.displayPath, sources: module.sourceText)
    }

    public static func breaking(_ module: CheckedModule, against previous: PreviousRelease) throws -> [Finding] {
        try BreakingEngine(config: module.workspace.manifest.breaking, configFile: configFile(module))
            .run(previous: previous.schema, current: module.schema, displayPath: module.displayPath, sources: module.sourceText)
    }

    public static func decide(_ module: CheckedModule, against previous: PreviousRelease?) throws -> VersionDecision {
        guard let previous else {
            return VersionDecision(previous: nil, breaking: [], additions: [], anyDifference: true,
                                   initial: module.workspace.manifest.version ?? SemVer(major: 0, minor: 1, patch: 0))
        }
        let additions = ApiAdditions.list(previous: previous.schema, current: module.schema)
            .map { $0.finding(displayPath: module.displayPath) }
        return VersionDecision(previous: previous.version, breaking: try breaking(module, against: previous),
                               additions: additions,
                               anyDifference: ApiAdditions.anyDifference(previous: previous.schema, current: module.schema))
    }

    static func configFile(_ module: CheckedModule) -> String {
        ModuleWorkspace.display("\(module.workspace.directory)/\(module.workspace.manifestFile)")
    }
}
