import Foundation
import ProtoModule
import ProtoPackaging
import ProtopkgBasics

/// `publish --all`: each module of a `PublishPlan` in order, through `step` (build, compare
/// with the registry, upload). A module whose dependency under ROOT was not published or
/// found published is refused without being tried, since it would build against something the
/// registry does not hold.
public struct MonorepoPublisher {
    public enum Outcome: Equatable, Sendable {
        case published
        /// Already published with identical content (or, in a dry run, would be accepted).
        case skipped(String)
        case refused(String)
    }

    public struct Entry: Equatable, Sendable {
        public var module: String
        public var version: String?
        public var directory: String
        public var outcome: Outcome

        public init(module: String, version: String?, directory: String, outcome: Outcome) {
            self.module = module
            self.version = version
            self.directory = directory
            self.outcome = outcome
        }
    }

    /// What `step` reports for one module: its version (when it got that far) and the outcome.
    public typealias Step = (ModuleManifestFile) -> (version: String?, outcome: Outcome)

    public static func run(_ plan: PublishPlan, step: Step, progress: (String) -> Void = { _ in }) -> [Entry] {
        var entries: [Entry] = []
        var available: Set<ModuleName> = []
        var refused: [ModuleName: String] = [:]
        var untried: [ModuleName: ModuleName] = [:]
        for module in plan.ordered {
            let display = ModuleWorkspace.display(module.manifest.directory)
            if let blocked = module.dependencies.first(where: { !available.contains($0) }) {
                // Name the refusal that started it, not the chain of modules it held back.
                let cause = untried[blocked] ?? blocked
                let reason = "not tried: its dependency \(blocked) was " + (cause == blocked ? "refused" : "not published")
                    + (refused[cause].map { " (\(cause == blocked ? "" : "\(cause): ")\(firstLine($0)))" } ?? "")
                untried[module.name] = cause
                entries.append(Entry(module: module.name.description, version: module.manifest.manifest.version?.description,
                                     directory: display, outcome: .refused(reason)))
                continue
            }
            progress("publishing \(module.name) (\(display))")
            let (version, outcome) = step(module.manifest)
            switch outcome {
            case .published, .skipped: available.insert(module.name)
            case .refused(let why): refused[module.name] = why
            }
            entries.append(Entry(module: module.name.description, version: version, directory: display, outcome: outcome))
        }
        for (module, reason) in plan.unorderable {
            entries.append(Entry(module: module.name.description, version: module.manifest.manifest.version?.description,
                                 directory: ModuleWorkspace.display(module.manifest.directory), outcome: .refused(reason)))
        }
        return entries
    }

    /// One line per module (a refusal's further lines indented below it), then the counts.
    public static func summary(_ entries: [Entry], dryRun: Bool = false) -> String {
        var lines: [String] = []
        let labels = entries.map { $0.module + ($0.version.map { "@\($0)" } ?? "") }
        let width = labels.map(\.count).max() ?? 0
        for (entry, label) in zip(entries, labels) {
            let padded = label.padding(toLength: width, withPad: " ", startingAt: 0)
            switch entry.outcome {
            case .published: lines.append("\(dryRun ? "accepted " : "published") \(label)")
            case .skipped(let why): lines.append("skipped   \(padded)  \(why)")
            case .refused(let why):
                let parts = why.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                lines.append("refused   \(padded)  \(parts[0])")
                lines += parts.dropFirst().map { "          \($0)" }
            }
        }
        let published = entries.filter { $0.outcome == .published }.count
        let skipped = entries.filter { if case .skipped = $0.outcome { return true } else { return false } }.count
        let refused = entries.count - published - skipped
        lines.append("\(entries.count) module\(entries.count == 1 ? "" : "s"): \(published) \(dryRun ? "would be published" : "published"), "
                     + "\(skipped) skipped, \(refused) refused")
        return lines.joined(separator: "\n")
    }

    public static func anyRefused(_ entries: [Entry]) -> Bool {
        entries.contains { if case .refused = $0.outcome { return true } else { return false } }
    }

    static func firstLine(_ s: String) -> String { String(s.split(separator: "\n").first ?? "") }
}
