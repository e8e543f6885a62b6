import ArchiveKit
import Foundation
import ProtoBundle
import ProtoPackaging

/// The names a bundle's artifacts claim in their package managers, checked before a publish is
/// stored: a Go module path, npm package or SwiftPM identity belongs to one registry module only
/// (else a module could shadow another's, or a public one, for everyone whose GOPROXY or npm
/// registry points here), and a Go zip must declare the module path its bundle records.
enum PackageNameClaims {
    /// - Parameter others: every other module's artifacts, by module.
    static func check(bundle: BundleReader, module: ModuleName, others: [(ModuleName, [ArtifactRecord])]) throws {
        for (path, name) in (bundle.manifest.packages ?? [:]).sorted(by: { $0.key < $1.key }) {
            let kind = ArtifactRecord.kind(ofArtifactPath: path)
            guard kind != "python" else { continue }  // wheel names derive from the module's own name
            if let owner = others.first(where: { $0.1.contains { $0.kind == kind && $0.packageName == name } }) {
                throw PublishRefusal(status: 422, message: "the \(kind) package \(name) belongs to \(owner.0) in this registry; "
                                     + "give \(module) its own (for Go: targets.go.module in protopkg.yaml)")
            }
            if kind == "go", let zip = bundle.artifacts[path] {
                let declared = try goModulePath(zip: zip, name: path)
                guard declared == name else {
                    throw PublishRefusal(status: 422, message: "the bundle records the Go module \(name) for \(path), "
                                         + "but its go.mod declares \(declared ?? "no module")")
                }
            }
        }
    }

    /// The `module` line of the zip's root go.mod.
    static func goModulePath(zip: Data, name: String) throws -> String? {
        let entries = try ArchiveReader.read(zip, name: name)
        guard let goMod = entries.filter({ $0.path.hasSuffix("/go.mod") })
            .min(by: { $0.path.count < $1.path.count }) else { return nil }
        return GoModFile.modulePath(String(decoding: goMod.data, as: UTF8.self))
    }
}
