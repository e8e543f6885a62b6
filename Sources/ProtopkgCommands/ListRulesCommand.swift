import ArgumentParser
import Foundation
import ProtoChecks
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
}

struct ListLintRulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ls-lint-rules", abstract: "List the lint rules.")
    @Option(help: "text or json.") var format: String = "text"
    func run() throws { ListRules.print(LintRules.all.map { $0.info }, json: format == "json") }
}

struct ListBreakingRulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ls-breaking-rules", abstract: "List the breaking-change rules.")
    @Option(help: "text or json.") var format: String = "text"
    func run() throws { ListRules.print(BreakingRules.all.map { $0.info }, json: format == "json") }
}
