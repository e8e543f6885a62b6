import CodeGen
import Foundation
import ProtoModule
import ProtoPackaging
import ProtopkgBasics

extension MonorepoPublisher {
    /// The step `publish --all` takes for each module: fetch its registry dependencies, build,
    /// ask the registry for that version, and then skip it (same digest), refuse it (other
    /// content under that version: versions are immutable) or upload it.
    public static func registryStep(registry option: String?, dryRun: Bool, builder: ModuleBuilder,
                                    progress: @escaping (String) -> Void = { _ in }) -> Step {
        return { manifestFile in
            var version = manifestFile.manifest.version?.description
            do {
                let prepared = try ModulePreparation.prepare(directory: manifestFile.directory, registry: option, progress: progress)
                let ws = prepared.workspace
                let url = try RegistryLocation.url(option, manifest: ws.manifest)
                let api = RegistryAPI(baseURL: url, token: try CredentialStore.resolveToken(registry: url))
                let report = try builder.build(ws)
                version = report.version
                let bundle = try FileSystem.read(report.bundlePath)
                let semver = try SemVer(report.version)
                let label = "\(ws.manifest.name)@\(semver)"
                let existing = try api.send("GET", api.modulePath(ws.manifest.name) + "/versions/\(semver)")
                if existing.status == 200 {
                    guard existing.json["digest"] as? String == SHA256Hex.of(bundle) else {
                        return (version, .refused("\(label) is published already with other content (versions are immutable): "
                                                  + "set a new version (`protopkg version bump` computes it)"))
                    }
                    return (version, .skipped("already published with identical content"))
                }
                _ = try api.expect(existing, [200, 404], doing: "looking up \(label)")
                switch try Publisher(api: api, builder: builder).upload(bundle, module: ws.manifest.name, version: semver, dryRun: dryRun) {
                case .published, .wouldBeAccepted: return (version, .published)
                case .alreadyPublished: return (version, .skipped("already published with identical content"))
                }
            } catch let error as ProtopkgError {
                var lines = [error.location.map { "\($0): \(error.message)" } ?? error.message]
                lines += error.findings.map { "  \($0.description)" }
                if let hint = error.hint { lines.append("hint: \(hint)") }
                return (version, .refused(lines.joined(separator: "\n")))
            } catch {
                return (version, .refused("\(error)"))
            }
        }
    }
}
