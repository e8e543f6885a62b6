import Foundation
import ProtoBundle
import ProtoChecks
import ProtoPackaging
import ProtoSchema
import ProtopkgBasics

/// The rules a bundle must meet to be published (DESIGN §3): it names the module and version of
/// the URL, the version is new (or the very same bytes again), and it keeps the semantic
/// version promise along its release line, both ways: every lower version of the line must be
/// compatible with it, it must be compatible with every higher one, and it must bump at least
/// what its change from the version just below requires.
public struct PublishPolicy {
    /// A published version with its schema and the breaking configuration it was published with.
    public struct Published {
        public var version: SemVer
        public var schema: Schema
        public init(version: SemVer, schema: Schema) {
            self.version = version
            self.schema = schema
        }
    }

    public init() {}

    /// Throws `PublishRefusal`; returns normally when the version may be stored.
    /// `schema`: the bundle's schema when the caller has it already (it takes a while to build
    /// for a large module).
    public func check(bundle: BundleReader, module: ModuleName, version: SemVer,
                      published: [Published], schema: Schema? = nil) throws {
        guard bundle.manifest.name == module.description, bundle.manifest.version == version.description else {
            throw PublishRefusal(status: 422, message: "the bundle is \(bundle.manifest.name)@\(bundle.manifest.version), "
                                 + "not \(module)@\(version) as the URL says")
        }
        let schema = try schema ?? bundle.schema()
        let config = bundle.manifest.breaking?.config ?? BreakingConfig()
        let line = ReleaseLine(version)
        let sameLine = published.filter { ReleaseLine($0.version) == line && $0.version != version }
            .sorted { $0.version < $1.version }
        var findings: [Finding] = []
        for older in sameLine where older.version < version {
            findings += try breaking(previous: older.schema, current: schema, config: config)
                .map { tagged($0, "against \(older.version)") }
        }
        for newer in sameLine where version < newer.version {
            findings += try breaking(previous: schema, current: newer.schema, config: config)
                .map { tagged($0, "\(newer.version) against this version") }
        }
        if !findings.isEmpty {
            let base = published.map(\.version).filter { ReleaseLine($0) == line }.max() ?? version
            let acceptable = base.bumped(.major)
            throw PublishRefusal(status: 422, message: "\(module)@\(version) breaks compatibility within its release line; "
                                 + "publish it as \(acceptable) or make the change compatible",
                                 findings: findings, acceptableVersion: acceptable)
        }
        // The bump from the version just below (in any line) must cover the change.
        if let below = published.filter({ $0.version < version }).max(by: { $0.version < $1.version }),
           ReleaseLine(below.version) == line {
            let additions = ApiAdditions.list(previous: below.schema, current: schema).map { $0.finding(displayPath: { $0 }) }
            let decision = VersionDecision(previous: below.version, breaking: [], additions: additions,
                                           anyDifference: ApiAdditions.anyDifference(previous: below.schema, current: schema))
            if !decision.accepts(version) {
                throw PublishRefusal(status: 422, message: "\(module)@\(version) adds to the API of \(below.version), which "
                                     + "requires a \(decision.bump.rawValue) bump: publish it as \(decision.next) or higher",
                                     findings: additions, acceptableVersion: decision.next)
            }
        }
    }

    func breaking(previous: Schema, current: Schema, config: BreakingConfig) throws -> [Finding] {
        try BreakingEngine(config: config, configFile: "protopkg.json").run(previous: previous, current: current, displayPath: { $0 })
    }

    func tagged(_ f: Finding, _ context: String) -> Finding {
        var copy = f
        copy.message += " (\(context))"
        return copy
    }
}
