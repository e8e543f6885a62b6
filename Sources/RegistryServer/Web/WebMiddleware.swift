import Hummingbird

/// Sends the requests that are pages (`WebRoute`) to `WebPages` before any protocol's route,
/// and everything else on. It runs in front of every route and of the router's "not found",
/// so it sees a page's path even where a protocol's pattern would also match it (a module
/// `go/billing` and the Go proxy's `go/**`).
struct WebMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let pages: WebPages

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let route = WebRoute.parse(method: request.method.rawValue, path: request.uri.path) else {
            return try await next(request, context)
        }
        guard let response = try await pages.respond(route, request) else { return try await next(request, context) }
        // The metrics count pages under their pattern, never the concrete path.
        context.coreContext.endpointPath.value = route.pattern
        return response
    }
}
