import Hummingbird
import ProtopkgBasics
import RegistryCore

/// `/healthz` for load balancers and `/metrics` for Prometheus.
///
/// `/healthz` asks the metadata database and the blob store to answer, so a load balancer
/// drops a replica that lost its database (503) instead of sending it requests that would fail.
struct HealthController {
    let support: RouteSupport

    func register(on router: Router<BasicRequestContext>) {
        router.get("/healthz") { _, _ in
            do {
                try await support.service.checkHealth()
                return JSONResponse.make(["status": "ok", "database": "ok"])
            } catch {
                // Unauthenticated: say what failed, not the driver's details (hosts, users).
                let reason = (error as? ProtopkgError)?.message ?? "\(type(of: error))"
                return JSONResponse.error(503, "the registry's storage does not answer (\(reason))",
                                          extra: ["status": "unavailable", "database": "unreachable"])
            }
        }
        router.get("/metrics") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                     body: ResponseBody(byteBuffer: support.metrics.render()))
        }
    }
}
