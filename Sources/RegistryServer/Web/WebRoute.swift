import ProtoPackaging

/// The registry's pages and how their paths read (the contract):
///
///     GET /                                   home and search (?q=)
///     GET /OWNER/NAME                         module
///     GET /OWNER/NAME/VERSION                 API docs (VERSION may be `latest`; ?package= for one package, &part=N for a part of a large one)
///     GET /OWNER/NAME/VERSION/files/PATH      a source file
///     GET /OWNER/NAME/diff/FROM...TO          the changelog between two versions
///
/// and the pages' own: `/-/style.css`, `/-/logo.svg`, `/-/login` (GET, POST), `/-/logout` (POST). `-` is never
/// an owner (a module name cannot start with a hyphen), so these never meet a module.
///
/// The protocols live under fixed first segments (`/api/v1/modules/…`, `/pypi/simple/…/`,
/// `/go/…/@v/…`, `/npm/@scope/…`, `/swift/…`, `/healthz`, `/metrics`), and module owners may be
/// spelled like them (`go/billing` is a valid module name). A path is a page only if it has a
/// page's exact shape: a valid module name, a SemVer (or `latest`) where a version goes, `diff`
/// and `A...B`, `files` and a path, no trailing slash. For an owner spelled like a protocol's
/// prefix, `WebMiddleware` also passes the request on to the protocol unless that module exists
/// here; see `reservedOwners`.
enum WebRoute: Equatable {
    case home
    case module(ModuleName)
    case docs(ModuleName, version: String)
    case file(ModuleName, version: String, path: String)
    case diff(ModuleName, from: String, to: String)
    /// `/OWNER/NAME/diff?from=A&to=B`, what the version picker submits: redirects to `diff/A...B`.
    case diffPicker(ModuleName)
    case stylesheet
    case logo
    case login
    case logout

    /// First path segments the protocols use; a module whose owner is one of these gets pages
    /// only when it exists.
    static let reservedOwners: Set<String> = ["api", "pypi", "go", "npm", "swift", "healthz", "metrics"]

    /// The page a method and path name, or nil when they belong to something else.
    static func parse(method: String, path: String) -> WebRoute? {
        let isGet = method == "GET"
        if path == "/" { return isGet ? .home : nil }
        guard path.hasPrefix("/"), !path.hasSuffix("/") else { return nil }
        let segments = path.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !segments.contains(where: \.isEmpty) else { return nil }
        if segments[0] == "-" {
            switch (segments.dropFirst().joined(separator: "/"), method) {
            case ("style.css", "GET"): return .stylesheet
            case ("logo.svg", "GET"): return .logo
            case ("login", "GET"), ("login", "POST"): return .login
            case ("logout", "POST"): return .logout
            default: return nil
            }
        }
        guard isGet, segments.count >= 2, let module = try? ModuleName("\(segments[0])/\(segments[1])") else { return nil }
        // The Go proxy's paths always hold `@v/` or end in `@latest`.
        if module.owner == "go", path.contains("/@v/") || path.hasSuffix("/@latest") { return nil }
        switch segments.count {
        case 2:
            return .module(module)
        case 3 where segments[2] == "diff":
            return .diffPicker(module)
        case 3 where isVersion(segments[2]):
            return .docs(module, version: segments[2])
        case 4 where segments[2] == "diff":
            let parts = segments[3].components(separatedBy: "...")
            guard parts.count == 2, isVersion(parts[0]), isVersion(parts[1]) else { return nil }
            return .diff(module, from: parts[0], to: parts[1])
        case 5... where segments[3] == "files" && isVersion(segments[2]):
            guard let path = segments[4...].joined(separator: "/").removingPercentEncoding, !path.contains("..") else { return nil }
            return .file(module, version: segments[2], path: path)
        default:
            return nil
        }
    }

    static func isVersion(_ text: String) -> Bool { text == "latest" || (try? SemVer(text)) != nil }

    var module: ModuleName? {
        switch self {
        case .module(let m), .docs(let m, _), .file(let m, _, _), .diff(let m, _, _), .diffPicker(let m): return m
        case .home, .stylesheet, .logo, .login, .logout: return nil
        }
    }

    /// The route's pattern for metrics (never the concrete path).
    var pattern: String {
        switch self {
        case .home: return "/"
        case .module: return "/{owner}/{name}"
        case .docs: return "/{owner}/{name}/{version}"
        case .file: return "/{owner}/{name}/{version}/files/{path}"
        case .diff: return "/{owner}/{name}/diff/{range}"
        case .diffPicker: return "/{owner}/{name}/diff"
        case .stylesheet: return "/-/style.css"
        case .logo: return "/-/logo.svg"
        case .login: return "/-/login"
        case .logout: return "/-/logout"
        }
    }
}
