import Hummingbird

/// Answers what reaches no route under /swift/ (an unknown path, a method the specification
/// does not define) the Swift registry's way, with a problem details object and
/// `Content-Version: 1`, where the router would send a bare 404 or 405.
struct SwiftRegistryMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.uri.path.hasPrefix("/swift/") else { return try await next(request, context) }
        do {
            return try await next(request, context)
        } catch let error as any HTTPResponseError {
            let status = Int(error.status.code)
            let detail = status == 404 ? "no such endpoint: \(request.method) \(request.uri.path)"
                                       : "\(request.method) \(request.uri.path): \(error.status.reasonPhrase)"
            return SwiftRegistryResponse.problem(status, detail)
        }
    }
}
