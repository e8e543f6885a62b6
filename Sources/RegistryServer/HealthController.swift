import Hummingbird
import RegistryCore

/// `/healthz` for load balancers and `/metrics` for Prometheus.
struct HealthController {
    let support: RouteSupport

    func register(on router: Router<BasicRequestContext>) {
        router.get("/healthz") { _, _ in JSONResponse.make(["status": "ok"]) }
        router.get("/metrics") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                     body: ResponseBody(byteBuffer: support.metrics.render()))
        }
    }
}
