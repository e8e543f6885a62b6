import Foundation
import ProtoChecks
import ProtoModule
import ProtoPackaging
import ProtoSchema
import ProtopkgBasics

/// Lint, breaking and the version decision on a compiled module, with the module's own
/// configuration and findings on paths relative to the directory the command was given.
///
/// A workspace (buf v2 `modules`, buf.work.yaml) is checked one source module at a time, each
/// with its own configuration, as buf does: rules that look across files see one module's files.
public enum ModuleChecks {
    public static func lint(_ module: CheckedModule) throws -> [Finding] {
        var out: [Finding] = []
        var shownPaths: [String: String] = [:]
        for (_, source, files) in sourceModules(module) {
            let findings = try LintEngine(config: source.lint, configFile: configFile(module, source))
                .run(module.schema(checking: files), displayPath: module.manifestPath, sources: module.sourceText)
            out += findings.map { shown($0, in: module, paths: &shownPaths) }
        }
        return out.sorted(by: Finding.inReadingOrder)
    }

    public static func breaking(_ module: CheckedModule, against previous: PreviousRelease) throws -> [Finding] {
        let sources = sourceModules(module)
        var out: [Finding] = []
        var shownPaths: [String: String] = [:]
        for (index, source, files) in sources {
            let previousSchema = sources.count == 1
                ? previous.schema : previous.schema(checking: previousFiles(of: index, module: module, previous: previous))
            let findings = try BreakingEngine(config: source.breaking, configFile: configFile(module, source))
                .run(previous: previousSchema, current: module.schema(checking: files), displayPath: module.manifestPath,
                     sources: module.sourceText)
            out += findings.map { shown($0, in: module, previous: previous, paths: &shownPaths) }
        }
        return out.sorted(by: Finding.inReadingOrder)
    }

    public static func decide(_ module: CheckedModule, against previous: PreviousRelease?,
                              previousVersion: SemVer? = nil) throws -> VersionDecision {
        guard let previous else {
            return VersionDecision(previous: nil, breaking: [], additions: [], anyDifference: true,
                                   initial: module.workspace.manifest.version ?? SemVer(major: 0, minor: 1, patch: 0))
        }
        let additions = ApiAdditions.list(previous: previous.schema, current: module.schema)
            .map { $0.finding(displayPath: module.displayPath) }
        return VersionDecision(previous: previousVersion ?? previous.version, breaking: try breaking(module, against: previous),
                               additions: additions,
                               anyDifference: ApiAdditions.anyDifference(previous: previous.schema, current: module.schema))
    }

    /// buf's warnings for deprecated rule and category IDs in the module's configurations.
    public static func deprecations(_ module: CheckedModule, kind: String) -> [String] {
        var lines: [String] = []
        for (_, source, _) in sourceModules(module) {
            let ids: [String]
            let version: RuleSpecVersion
            if kind == "lint" {
                ids = source.lint.use + source.lint.except + source.lint.ignoreOnly.keys.sorted()
                version = source.lint.ruleVersion
            } else {
                ids = source.breaking.use + source.breaking.except + source.breaking.ignoreOnly.keys.sorted()
                version = source.breaking.ruleVersion
            }
            for line in RuleSelection.deprecations(ids, kind: kind, version: version) {
                let full = "\(configFile(module, source)): \(line)"
                if !lines.contains(full) { lines.append(full) }
            }
        }
        return lines
    }

    /// The source modules that have files to check: index in the manifest, module, its files.
    static func sourceModules(_ module: CheckedModule) -> [(Int, SourceModule, Set<String>)] {
        let ws = module.workspace
        let grouped = Dictionary(grouping: ws.files) { ws.moduleOfFile[$0] ?? 0 }
        return grouped.keys.sorted().map { ($0, ws.manifest.modules[$0], Set(grouped[$0] ?? [])) }
    }

    /// The files of the previous release that belong to source module `index`: by the root the
    /// file was under when the release says so, else by the module holding that import path now,
    /// else by the module holding most of its directory's files now, else the first.
    static func previousFiles(of index: Int, module: CheckedModule, previous: PreviousRelease) -> Set<String> {
        let ws = module.workspace
        var out = Set<String>()
        for file in previous.schema.files.map(\.path) {
            var owner: Int?
            if let root = previous.rootOfFile[file] {
                owner = ws.manifest.modules.firstIndex { $0.roots.contains(root) && $0.contains(SourceModule.join(root, file)) }
            }
            owner = owner ?? ws.moduleOfFile[file]
            if owner == nil {
                let directory = (file as NSString).deletingLastPathComponent
                let near = ws.files.filter { ($0 as NSString).deletingLastPathComponent == directory }
                owner = near.first.flatMap { ws.moduleOfFile[$0] }
            }
            if (owner ?? ws.moduleOfFile[ws.files.first ?? ""] ?? 0) == index { out.insert(file) }
        }
        return out
    }

    /// A finding as printed: relative to the input directory; one with no path names the file of
    /// the previous release it is about. `paths` remembers the display path of each path seen.
    static func shown(_ finding: Finding, in module: CheckedModule, previous: PreviousRelease? = nil,
                      paths: inout [String: String]) -> Finding {
        var f = finding
        if f.path.isEmpty {
            f.subject = previous.flatMap { PathlessSubject.file(of: f.message, in: $0.schema, current: module.schema) }
                .map(module.displayPath) ?? previous?.label
        } else if let known = paths[f.path] {
            f.path = known
        } else {
            let shownPath = module.workspace.displayPath(fromManifestDirectory: f.path)
            paths[f.path] = shownPath
            f.path = shownPath
        }
        return f
    }

    /// The configuration file of a source module, as errors name it.
    static func configFile(_ module: CheckedModule, _ source: SourceModule) -> String {
        let ws = module.workspace
        return source.configFile.isEmpty ? ws.configDisplayPath : ModuleWorkspace.display("\(ws.directory)/\(source.configFile)")
    }
}
