import ArchiveKit
import Foundation
import ProtopkgBasics
import RegistryCore

/// What a packument says about one published tarball: its `package/package.json` (the version
/// object is built from it) and what npm's `dist` carries, the digests npm verifies included.
struct NpmTarballFacts: Sendable {
    var packageJSON: Data
    /// `sha512-…` (base64), checked by npm and written into package-lock.json.
    var integrity: String
    /// SHA-1 in hex.
    var shasum: String
    var fileCount: Int
    var unpackedSize: Int
    var hasShrinkwrap: Bool

    init(tarball: Data, name: String) throws {
        let entries = try ArchiveReader.read(tarball, name: name)
        guard let json = entries.first(where: { $0.path == "package/package.json" }) else {
            throw RegistryError(500, "\(name) has no package/package.json")
        }
        packageJSON = json.data
        integrity = SubresourceIntegrity.sha512(tarball)
        shasum = SubresourceIntegrity.sha1Hex(tarball)
        fileCount = entries.count
        unpackedSize = entries.reduce(0) { $0 + $1.data.count }
        hasShrinkwrap = entries.contains { $0.path == "package/npm-shrinkwrap.json" }
    }

    /// package.json as an object, for the packument to extend.
    func manifest() throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: packageJSON) as? [String: Any] else {
            throw RegistryError(500, "a published package.json is not a JSON object")
        }
        return object
    }
}
