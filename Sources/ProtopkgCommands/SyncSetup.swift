import Foundation
import ProtoModule
import ProtopkgBasics
import RegistryClient

/// What `sync` and `add` share: the syncer for the module's registry, and how a sync reads.
enum SyncSetup {
    static func syncer(registry option: String?, module: ModuleManifestFile, terminal: Terminal) throws -> Syncer {
        Syncer(api: try RegistryLocation.api(option, manifest: module.manifest), progress: { terminal.status(terminal.dim($0)) })
    }

    static func print(_ report: Syncer.Report, terminal: Terminal) {
        for entry in report.entries {
            let note: String
            switch entry.previous {
            case nil: note = "added"
            case entry.version?: note = "locked"
            case let old?: note = "\(old < entry.version ? "upgraded" : "downgraded") from \(old)"
            }
            terminal.print("  \(entry.name) \(entry.version)  (\(note)\(entry.yanked ? ", yanked: `sync --update` moves off it" : ""))")
        }
        for gone in report.removed { terminal.print("  \(gone.name) \(gone.version)  (removed)") }
        let count = "\(report.lockfile.deps.count) dependenc\(report.lockfile.deps.count == 1 ? "y" : "ies")"
        terminal.print(report.lockfileChanged ? "wrote protopkg.lock (\(count))" : "protopkg.lock is up to date (\(count))")
    }
}
