import ProtoPackaging
import ProtoSchema
import ProtopkgBasics

/// Computes the changelog between two schemas of a module with the module's breaking
/// configuration: breaking findings (`BreakingEngine`), additions (`ApiAdditions`), other
/// changes (`OtherChanges`), and the bump they require (`VersionDecision`). Paths are import
/// paths; `Changelog.mappingPaths` turns them into what a person reads.
public struct ChangelogBuilder {
    public var breaking: BreakingConfig
    public var configFile: String

    public init(breaking: BreakingConfig, configFile: String) {
        self.breaking = breaking
        self.configFile = configFile
    }

    public func build(module: String, previous: Schema, previousRelease: Changelog.Release,
                      current: Schema, currentRelease: Changelog.Release) throws -> Changelog {
        let findings = try BreakingEngine(config: breaking, configFile: configFile)
            .run(previous: previous, current: current, displayPath: { $0 })
        let placement = BreakingPlacement(previous: previous, current: current)
        let breakingEntries = findings.map { f -> ChangelogEntry in
            let places = placement.places(of: f)
            return ChangelogEntry(kind: .breaking, rule: f.type, message: f.message, previous: places.previous,
                                  current: places.current, element: places.element)
        }
        let added = ApiAdditions.list(previous: previous, current: current)
        let additionEntries = added.map { a -> ChangelogEntry in
            let before = a.element.flatMap { SchemaCounterparts.counterpart(of: $0, in: previous) }
            return ChangelogEntry(kind: .addition, rule: a.rule, message: a.message,
                                  previous: before.map(SchemaCounterparts.place),
                                  current: ChangelogPlace(path: a.filePath, line: a.span?.startLine ?? 1,
                                                          column: a.span?.startColumn ?? 1),
                                  element: a.element.flatMap(SchemaCounterparts.fullName))
        }
        let anyDifference = ApiAdditions.anyDifference(previous: previous, current: current)
        let others = anyDifference
            ? OtherChanges(previous: previous, current: current).list(accounted: breakingEntries + additionEntries) : []
        let decision = VersionDecision(previous: previousRelease.version, breaking: findings,
                                       additions: added.map { $0.finding(displayPath: { $0 }) }, anyDifference: anyDifference)
        return Changelog(module: module, previous: previousRelease, current: currentRelease, required: decision.bump,
                         breaking: breakingEntries, additions: additionEntries, changes: others)
    }
}
