import Foundation
import ProtoChecks
import ProtoModule
import ProtoPackaging
import ProtopkgBasics

/// `protopkg changelog`: the semantic changelog of a module against a previous release, with
/// the module's own breaking configuration and findings on module-relative paths.
public enum ModuleChangelog {
    public static func build(_ module: CheckedModule, against previous: PreviousRelease) throws -> Changelog {
        let ws = module.workspace
        // The version the module would be released as: its manifest's, else the tag on HEAD.
        let version = ws.manifest.version ?? (try? ModuleVersion.resolve(ws))?.version
        let label = version.map(\.description) ?? ModuleWorkspace.display(ws.directory)
        let changelog = try ChangelogBuilder(breaking: ws.manifest.breaking, configFile: ws.configDisplayPath)
            .build(module: ws.manifest.name.description, previous: previous.schema,
                   previousRelease: .init(label: previous.label, version: previous.version),
                   current: module.schema, currentRelease: .init(label: label, version: version))
        return changelog.mappingPaths(module.displayPath)
    }
}
