import Foundation
import ProtoBundle
import ProtoCompiler
import ProtoPackaging
import ProtopkgBasics

/// The publish check that a bundle's sources compile: its `proto/` files with the sources of its
/// dependencies as published here (for each declared range, the newest non-yanked version,
/// transitively), compiled by the registry's own front end.
struct SourceCompilation {
    let frontEnd: CompilerFrontEnd

    /// `dependencySources(name, range)` gives the sources of the version a range resolves to
    /// and that version's own declared dependencies.
    func check(_ bundle: BundleReader,
               dependencySources: (ModuleName, VersionRange) async throws -> (sources: [String: Data], deps: [String: String])) async throws {
        var resolvers: [ImportResolver] = [InMemoryImportResolver(files: bundle.sources, displayPrefix: "proto/")]
        var pending = bundle.manifest.deps.sorted { $0.key < $1.key }
        var seen = Set<String>()
        while let (name, range) = pending.first {
            pending.removeFirst()
            guard seen.insert(name).inserted else { continue }
            let module: ModuleName, parsed: VersionRange
            do {
                module = try ModuleName(name)
                parsed = try VersionRange(range)
            } catch {
                throw PublishRefusal(status: 422, message: "the bundle declares an invalid dependency \(name) \(range): \(error)")
            }
            let resolved: (sources: [String: Data], deps: [String: String])
            do {
                resolved = try await dependencySources(module, parsed)
            } catch let e as RegistryError where e.status == 404 {
                throw PublishRefusal(status: 422, message: "the dependency \(name) \(range) is not published here: \(e.message)")
            }
            resolvers.append(InMemoryImportResolver(files: resolved.sources, displayPrefix: "\(name):"))
            pending += resolved.deps.sorted { $0.key < $1.key }
        }
        do {
            _ = try frontEnd.compile(CompileRequest(sources: resolvers, files: bundle.sources.keys.sorted(), includeSourceInfo: false))
        } catch let e as ProtopkgError {
            throw PublishRefusal(status: 422, message: "the bundle's sources do not compile: \(e.message)", findings: e.findings)
        }
    }
}
