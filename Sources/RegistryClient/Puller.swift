import ArchiveKit
import Foundation
import ProtoBundle
import ProtoPackaging
import ProtopkgBasics

/// `protopkg pull`: resolves a range on the registry and fetches one language's artifact (or
/// the sources), verifying its digest; sources are extracted with the archive safety checks.
public struct Puller {
    public var api: RegistryAPI

    public init(api: RegistryAPI) { self.api = api }

    public static let languages = ["python", "go", "swift", "descriptor", "proto"]

    /// Returns the resolved version and the files written.
    public func pull(_ module: ModuleName, _ range: VersionRange, language: String, into out: String) throws -> (SemVer, [String]) {
        guard Self.languages.contains(language) else {
            throw ProtopkgError("unknown language \"\(language)\"", hint: "use one of: \(Self.languages.joined(separator: ", "))")
        }
        let (version, artifacts) = try api.resolve(module, range)
        let kind = language == "proto" ? "bundle" : language
        guard let artifact = artifacts.first(where: { $0["kind"] as? String == kind }) else {
            throw ProtopkgError("\(module)@\(version) has no \(language) artifact",
                                hint: "its manifest builds: \(artifacts.compactMap { $0["kind"] as? String }.joined(separator: ", "))")
        }
        let data = try api.download(module, version, kind: kind, digest: artifact["digest"] as? String)
        try FileSystem.createDirectory(out)
        if language == "proto" {
            let bundle = try BundleReader(data, name: "\(module)@\(version)")
            var written: [String] = []
            for (path, bytes) in bundle.sources.sorted(by: { $0.key < $1.key }) {
                try ArchiveReader.validate(path: path, archive: "\(module)@\(version)")
                try FileSystem.writeAtomically(bytes, to: "\(out)/\(path)")
                written.append("\(out)/\(path)")
            }
            return (version, written)
        }
        let name = (artifact["file_name"] as? String).map { ($0 as NSString).lastPathComponent } ?? "\(module.fileStem)-\(version)"
        try FileSystem.writeAtomically(data, to: "\(out)/\(name)")
        return (version, ["\(out)/\(name)"])
    }
}
