import CodeGen
import Foundation
import HTTPTransport
import ProtoModule
import ProtoPackaging
import ProtopkgBasics

/// `protopkg publish`: builds the module (a no-op when it is up to date), uploads its bundle,
/// and turns the registry's answer into a result or a refusal that lists every change.
public struct Publisher {
    public var api: RegistryAPI
    public var builder: ModuleBuilder

    public init(api: RegistryAPI, builder: ModuleBuilder = ModuleBuilder()) {
        self.api = api
        self.builder = builder
    }

    public enum Result: Equatable {
        case published(String)
        case alreadyPublished(String)
        case wouldBeAccepted(String)
    }

    public func publish(_ ws: ModuleWorkspace, dryRun: Bool, progress: TransferProgress? = nil) throws -> Result {
        let report = try builder.build(ws)
        return try upload(try FileSystem.read(report.bundlePath), module: ws.manifest.name, version: try SemVer(report.version),
                          dryRun: dryRun, progress: progress)
    }

    /// Sends a built bundle (PUT, or POST …/check for a dry run) and reads the registry's answer.
    public func upload(_ bundle: Data, module: ModuleName, version: SemVer, dryRun: Bool,
                       progress: TransferProgress? = nil) throws -> Result {
        let path = api.modulePath(module) + "/versions/\(version)" + (dryRun ? "/check" : "")
        let answer = try api.send(dryRun ? "POST" : "PUT", path, body: bundle, progress: progress)
        let label = "\(module)@\(version)"
        switch answer.status {
        case 201: return .published(label)
        case 200: return dryRun ? .wouldBeAccepted(label) : .alreadyPublished(label)
        case 409, 422:
            let listed = try JSONSerialization.data(withJSONObject: answer.json["changes"] ?? [Any]())
            let changes = (try? JSONDecoder().decode([Finding].self, from: listed)) ?? []
            let acceptable = answer.json["acceptable_version"] as? String
            throw ProtopkgError("the registry refused \(label): \(answer.error)",
                                hint: acceptable.map { "the lowest version it would accept is \($0): `protopkg version bump` sets the one the change requires" },
                                findings: changes)
        default:
            _ = try api.expect(answer, [200, 201], doing: "publishing \(label)")
            return .published(label)
        }
    }
}
