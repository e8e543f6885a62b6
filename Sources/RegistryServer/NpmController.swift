import Foundation
import HTTPTypes
import Hummingbird
import ProtoPackaging
import RegistryCore

/// The npm registry at /npm/: a package's packument (`GET /npm/@owner%2fname-protos`, or with a
/// plain slash; full or abbreviated by Accept) and its tarballs
/// (`/npm/@owner/name-protos/-/name-protos-1.2.0.tgz`, the exact bytes published), so that npm
/// with `@owner:registry=URL/npm/` installs `@owner/name-protos` and its dependency packages.
///
/// npm sends `//HOST:PORT/npm/:_authToken=…` from .npmrc as `Authorization: Bearer`, over plain
/// HTTP too, to every URL under that prefix, tarballs included. Packuments go through the page
/// cache keyed by path, representation and origin (`NpmRequest.keySuffix`); tarballs through
/// the download cache. A package is served for the one module it is named after, and only from
/// versions whose bundle built it (a `node` target).
struct NpmController {
    let support: RouteSupport
    /// Whether the server speaks HTTPS, for the tarball URLs of a client that came without a proxy.
    let secure: Bool
    let tarballs = NpmTarballCache()
    var service: RegistryService { support.service }

    func register(on router: Router<BasicRequestContext>) {
        for path in ["npm", "npm/**"] {
            router.get(RouterPath(path)) { request, context in try await support.guarded(request) { try await answer(request, context) } }
        }
        // Packages are made by `protopkg build` from a module's sources: an `npm publish` here is refused with the way that works.
        router.put("npm/**") { request, _ in
            JSONResponse.error(405, "this registry builds npm packages from module bundles: publish the module with `protopkg publish`")
        }
    }

    func answer(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        try await support.authorizeRead(request)
        let raw = String(request.uri.path.dropFirst("/npm".count).drop { $0 == "/" })
        guard let path = raw.removingPercentEncoding, let target = NpmRequest.target(path) else {
            throw RegistryError.notFound("Not found: \(raw) is neither a scoped package nor one of its tarballs")
        }
        switch target {
        case .packument(let package):
            let abbreviated = NpmRequest.wantsAbbreviated(request.headers[.accept])
            guard let origin = NpmRequest.origin(request.head, secure: secure) else {
                throw RegistryError(400, "a Host header is required: tarball URLs are absolute")
            }
            return try await support.page(request, context) {
                let document = try NpmPackument.document(package: package, entries: try await entries(package),
                                                         origin: origin, abbreviated: abbreviated)
                return JSONResponse.page(document, contentType: abbreviated ? NpmRequest.installType : "application/json")
            }
        case .tarball(let package, let file):
            let published = try await records(package)
            guard let tarball = published.first(where: { NpmPackument.tarballFile(package: package, version: $0.npmVersion) == file })?
                .tarball else {
                throw RegistryError.notFound("Not found: \(package) has no tarball \(file)")
            }
            guard let response = try await support.download(request, context, tarball.digest,
                                                           headers: [.contentType: "application/octet-stream"]) else {
                throw RegistryError(500, "\(tarball.fileName) is missing from the blob store")
            }
            return response
        }
    }

    /// The versions that carry the package, oldest first; 404 for a name no module here has.
    func records(_ package: String) async throws -> [(record: VersionRecord, tarball: ArtifactRecord, npmVersion: String)] {
        guard let module = ModuleName.owning(npmPackage: package) else {
            throw RegistryError.notFound("Not found: \(package) is not an @owner/name-protos package of this registry")
        }
        let versions: [VersionRecord]
        do { versions = try await service.versions(module) } catch let e as RegistryError where e.status == 404 {
            throw RegistryError.notFound("Not found: no package \(package)")
        }
        var out: [(record: VersionRecord, tarball: ArtifactRecord, npmVersion: String)] = []
        for record in versions {
            guard let tarball = record.artifact("npm"), tarball.packageName == package else { continue }
            var version = record.version
            version.build = []
            // Versions differing in build metadata only are one version to npm: the lowest of them is served.
            if !out.contains(where: { $0.npmVersion == version.description }) {
                out.append((record, tarball, version.description))
            }
        }
        guard !out.isEmpty else { throw RegistryError.notFound("Not found: \(module) publishes no npm package (no node target)") }
        return out
    }

    func entries(_ package: String) async throws -> [NpmPackument.Entry] {
        var out: [NpmPackument.Entry] = []
        for published in try await records(package) {
            out.append(NpmPackument.Entry(record: published.record, npmVersion: published.npmVersion,
                                          facts: try await tarballs.facts(of: published.tarball, service: service, blobs: support.blobs)))
        }
        return out
    }
}
