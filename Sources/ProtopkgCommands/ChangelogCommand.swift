import ArgumentParser
import CheckRunner
import Foundation
import ProtoChecks
import ProtopkgBasics
import RegistryClient

struct ChangelogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changelog",
        abstract: "Print the semantic changelog against a previous version: breaking changes, additions, other changes, the bump they require.",
        discussion: "Exits 0 whatever the changes are (use `breaking` or `version check` to fail on them).")

    @Argument(help: "The module directory.") var directory: String = "."
    @Option(help: "The previous version: a directory, a .binpb descriptor set, a .protopkg.tgz bundle, git:REV, or registry:VERSION|latest.")
    var against: String
    @Option(help: "text, markdown or json.") var format: ChangelogFormat = .text

    @OptionGroup var compilerOption: CompilerOption

    enum ChangelogFormat: String, ExpressibleByArgument, CaseIterable { case text, markdown, json }

    func run() throws {
        let (module, previous) = try CheckedModule.loadWithPrevious(directory, against: try AgainstReference.parse(against),
                                                                      toolchain: compilerOption.toolchain,
                                                                      registry: RegistryReleaseSource())
        CheckedModule.keepUntilExit(module, previous.schema)
        let changelog = try ModuleChangelog.build(module, against: previous)
        switch format {
        case .text: FileHandle.standardOutput.write(Data(changelog.text.utf8))
        case .markdown: FileHandle.standardOutput.write(Data(changelog.markdown.utf8))
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Terminal.standard.print(String(decoding: try encoder.encode(changelog), as: UTF8.self))
        }
    }
}
