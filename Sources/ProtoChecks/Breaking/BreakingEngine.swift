import ProtoPackaging
import ProtoSchema
import ProtopkgBasics

/// Runs the selected breaking rules on the pairs of two schemas and applies `ignore` and
/// `ignore_only`.
public struct BreakingEngine {
    public let config: BreakingConfig
    public let configFile: String

    public init(config: BreakingConfig, configFile: String) {
        self.config = config
        self.configFile = configFile
    }

    /// `sources` gives a current file's text by import path, when it can be read: findings are
    /// then placed and their columns counted as buf does (see `LintEngine.run`). Rules run on
    /// every core: `displayPath` and `sources` are called from several threads.
    public func run(previous: Schema, current: Schema, displayPath: (String) -> String,
                    sources: ((String) -> String?)? = nil) throws -> [Finding] {
        let infos = BreakingRules.all.map { $0.info }
        let selected = try RuleSelection.select(all: infos, use: config.use,
                                                except: config.except, ignoreOnlyKeys: Array(config.ignoreOnly.keys),
                                                kind: "breaking", configFile: configFile, version: config.ruleVersion,
                                                disableBuiltin: config.disableBuiltin)
        let pairs = SchemaPairs(previous: previous, current: current, ignoreUnstablePackages: config.ignoreUnstablePackages)
        let filter = PathFilter(ignore: config.ignore, ignoreOnly: try RuleSelection.ignoreOnlyByRule(
            config.ignoreOnly, all: infos, kind: "breaking", configFile: configFile, version: config.ruleVersion))
        let texts = SourceTexts(sources)
        let rules = BreakingRules.all.filter { selected.contains($0.info.id) }
        // Rules only read the two schemas, so they share the cores.
        let out = rules.concurrentMap { rule -> [Finding] in
            let context = BreakingContext(rule: rule.info.id, texts: texts)
            rule.init().run(pairs, context)
            return context.findings.compactMap { f in
                filter.ignores(path: displayPath(f.filePath), rule: f.rule, categories: rule.info.categories)
                    ? nil : f.finding(displayPath: displayPath, texts: texts)
            }
        }.joined()
        return out.sorted(by: Finding.inReadingOrder)
    }
}
