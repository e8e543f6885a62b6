import ProtoPackaging
import ProtoSchema
import ProtopkgBasics

/// Runs the selected lint rules and applies `ignore`, `ignore_only` and comment ignores.
public struct LintEngine {
    public let config: LintConfig
    public let configFile: String

    public init(config: LintConfig, configFile: String) {
        self.config = config
        self.configFile = configFile
    }

    /// `displayPath` maps an import path to the module-relative path that ignores match and
    /// findings print. Findings come sorted by path, line, column and rule.
    /// `sources` gives a file's text by import path, when it can be read; findings inside option
    /// values are then placed as buf places them, and columns are counted as buf counts them.
    /// Rules run on every core: `displayPath` and `sources` are called from several threads.
    public func run(_ schema: Schema, displayPath: (String) -> String, sources: ((String) -> String?)? = nil) throws -> [Finding] {
        let infos = LintRules.all.map { $0.info }
        let selected = try RuleSelection.select(all: infos, use: config.use,
                                                except: config.except, ignoreOnlyKeys: Array(config.ignoreOnly.keys),
                                                kind: "lint", configFile: configFile, version: config.ruleVersion,
                                                disableBuiltin: config.disableBuiltin)
        let filter = PathFilter(ignore: config.ignore, ignoreOnly: try RuleSelection.ignoreOnlyByRule(
            config.ignoreOnly, all: infos, kind: "lint", configFile: configFile, version: config.ruleVersion))
        let texts = SourceTexts(sources)
        let rules = LintRules.all.filter { selected.contains($0.info.id) }
        // Rules only read the schema, so they share the cores.
        let out = rules.concurrentMap { rule -> [Finding] in
            let context = LintContext(config: config, schema: schema, rule: rule.info.id, texts: texts)
            rule.init().run(schema, context)
            var kept: [Finding] = []
            for f in context.findings {
                let path = displayPath(f.filePath)
                if filter.ignores(path: path, rule: f.rule, categories: rule.info.categories) { continue }
                if config.allowCommentIgnores, let element = f.element, CommentIgnore.ignores(f.rule, element: element) { continue }
                kept.append(f.finding(displayPath: displayPath, texts: texts))
            }
            // Sorted here, on every core: the sort of all findings then merges sorted runs.
            return kept.sorted(by: Finding.inReadingOrder)
        }.joined()
        return out.sorted(by: Finding.inReadingOrder)
    }
}
