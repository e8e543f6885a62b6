import ArgumentParser
import Foundation
import ProtoChecks
import ProtoModule
import ProtoPackaging
import ProtopkgBasics

/// `ls-lint-rules` and `ls-breaking-rules`: ID, categories, default, purpose.
struct ListRules {
    static func print(_ rules: [RuleInfo], json: Bool) {
        let terminal = Terminal.standard
        if json {
            for r in rules {
                let object: [String: Any] = ["id": r.id, "categories": r.categories, "default": r.isDefault, "purpose": r.purpose]
                let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
                terminal.print(String(decoding: data, as: UTF8.self))
            }
            return
        }
        let width = rules.map(\.id.count).max() ?? 2
        let catWidth = rules.map { $0.categories.joined(separator: ", ").count }.max() ?? 10
        func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(0, n - s.count)) }
        terminal.print("\(pad("ID", width))  \(pad("CATEGORIES", catWidth))  DEFAULT  PURPOSE")
        for r in rules {
            terminal.print("\(pad(r.id, width))  \(pad(r.categories.joined(separator: ", "), catWidth))  \(pad(r.isDefault ? "*" : "", 7))  \(r.purpose)")
        }
    }

    /// The rules to list: every rule of a configuration version, or (`configuredOnly`) those the
    /// module in `directory` runs, for one module path of a workspace or for all of them.
    static func select(_ options: ListRulesOptions, all: [RuleInfo], kind: String) throws -> [RuleInfo] {
        guard options.configuredOnly else {
            let version = try options.version.map(parseVersion) ?? .v2
            return RuleSelection.rules(all: all, kind: kind, version: version)
        }
        guard options.version == nil else {
            throw ValidationError("--version lists every rule of a configuration version; it cannot go with --configured-only")
        }
        let loaded = try ModuleManifestFile.load(options.directory)
        // From a module directory of a workspace: that module's configuration.
        let input = FileSystem.relative(loaded.inputDirectory, from: loaded.directory)
        var modules = loaded.manifest.modules.filter { module in
            module.roots.contains { SourceModule.covers($0, input) || SourceModule.covers(input, $0) }
        }
        if let path = options.modulePath {
            modules = loaded.manifest.modules.filter { $0.roots.contains(path) }
            guard !modules.isEmpty else {
                throw ProtopkgError("no module at \(path) in \(loaded.displayPath)",
                                    hint: "module paths: \(loaded.manifest.roots.joined(separator: ", "))")
            }
        }
        var configured: [RuleInfo] = []
        for module in modules {
            let version = kind == "lint" ? module.lint.ruleVersion : module.breaking.ruleVersion
            let (use, except, ignoreOnly, disable) = kind == "lint"
                ? (module.lint.use, module.lint.except, module.lint.ignoreOnly, module.lint.disableBuiltin)
                : (module.breaking.use, module.breaking.except, module.breaking.ignoreOnly, module.breaking.disableBuiltin)
            let selected = try RuleSelection.select(all: all, use: use, except: except, ignoreOnlyKeys: Array(ignoreOnly.keys),
                                                    kind: kind, configFile: loaded.displayPath, version: version,
                                                    disableBuiltin: disable)
            for rule in RuleSelection.rules(all: all, kind: kind, version: version)
                where selected.contains(rule.id) && !configured.contains(where: { $0.id == rule.id }) {
                configured.append(rule)
            }
        }
        return configured
    }

    static func parseVersion(_ text: String) throws -> RuleSpecVersion {
        guard let version = RuleSpecVersion(rawValue: text) else {
            throw ValidationError("--version must be one of v1beta1, v1, v2")
        }
        return version
    }
}

struct ListRulesOptions: ParsableArguments {
    @Argument(help: "The module whose configuration --configured-only reads.") var directory: String = "."
    @Option(help: "text or json.") var format: String = "text"
    @Flag(help: "List the rules the module's configuration runs, instead of every rule.") var configuredOnly = false
    @Option(help: "With --configured-only: the module path (as the buf.yaml lists it) of one module of a workspace.")
    var modulePath: String?
    @Option(help: "List the rules of a buf.yaml version (v1beta1, v1, v2) with that version's categories.")
    var version: String?
}

struct ListLintRulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ls-lint-rules", abstract: "List the lint rules.")
    @OptionGroup var options: ListRulesOptions
    func run() throws {
        ListRules.print(try ListRules.select(options, all: LintRules.all.map { $0.info }, kind: "lint"), json: options.format == "json")
    }
}

struct ListBreakingRulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ls-breaking-rules", abstract: "List the breaking-change rules.")
    @OptionGroup var options: ListRulesOptions
    func run() throws {
        ListRules.print(try ListRules.select(options, all: BreakingRules.all.map { $0.info }, kind: "breaking"),
                        json: options.format == "json")
    }
}
