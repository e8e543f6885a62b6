import Dispatch
import Foundation
import HTTPTypes
import Hummingbird
import Prometheus

/// The registry's Prometheus metrics, served as text at GET /metrics:
///
/// - `protopkg_registry_http_requests_total{method, route, status}`: requests answered. `route`
///   is the route's pattern (`/api/v1/modules/{owner}/{name}/versions`), never the concrete path,
///   so the number of series stays small and module names do not leak; `NotFound` for paths
///   no route takes.
/// - `protopkg_registry_http_request_duration_seconds{method, route}`: a histogram of the time
///   from the request's head to the response's head (a streamed body's transfer is not in it).
/// - `protopkg_registry_publishes_total{outcome}`: publishes and dry runs by what became of them:
///   `created`, `unchanged`, `checked` (a dry run that would be accepted), `refused` (422),
///   `conflict` (409), `too_large` (413), `unauthorized` (401), `forbidden` (403), `not_found`,
///   `error`.
/// - `protopkg_registry_cache_answers_total`: of those requests, the ones answered from the read
///   caches on the connection's event loop (`HotReadHandler`), without the router.
public final class RegistryMetrics: @unchecked Sendable {
    public let registry = PrometheusCollectorRegistry()
    let cacheAnswers: Counter
    private let lock = NSLock()
    private var requestCounters: [RequestKey: Counter] = [:]
    private var durations: [DurationKey: DurationHistogram] = [:]
    private var publishCounters: [String: Counter] = [:]

    static let buckets: [Duration] = [
        .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2.5), .milliseconds(5),
        .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250),
        .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5), .seconds(10),
    ]

    private struct RequestKey: Hashable {
        var method: HTTPRequest.Method
        var route: String
        var status: Int
    }

    private struct DurationKey: Hashable {
        var method: HTTPRequest.Method
        var route: String
    }

    public init() {
        cacheAnswers = registry.makeCounter(
            descriptor: .init(namespace: "protopkg", subsystem: "registry", metricName: "cache_answers", unitName: "total",
                              helpText: "Requests answered from the read caches without the router."),
            labels: [])
    }

    /// The counter and histogram of one kind of answer, to record many answers without lookups.
    struct Instruments: Sendable {
        let counter: Counter
        let histogram: DurationHistogram

        func record(nanoseconds: UInt64) {
            counter.increment()
            histogram.recordNanoseconds(Int64(clamping: nanoseconds))
        }
    }

    func instruments(method: HTTPRequest.Method, route: String, status: Int) -> Instruments {
        lock.withLock {
            let key = RequestKey(method: method, route: route, status: status)
            let counter = requestCounters[key] ?? {
                let made = registry.makeCounter(
                    descriptor: .init(namespace: "protopkg", subsystem: "registry", metricName: "http_requests", unitName: "total",
                                      helpText: "HTTP requests answered, by method, route pattern and status."),
                    labels: [("method", method.rawValue), ("route", route), ("status", String(status))])
                requestCounters[key] = made
                return made
            }()
            let durationKey = DurationKey(method: method, route: route)
            let histogram = durations[durationKey] ?? {
                let made = registry.makeDurationHistogram(
                    descriptor: .init(namespace: "protopkg", subsystem: "registry", metricName: "http_request_duration", unitName: "seconds",
                                      helpText: "Time from a request's head to its response's head, by method and route pattern."),
                    labels: [("method", method.rawValue), ("route", route)], buckets: Self.buckets)
                durations[durationKey] = made
                return made
            }()
            return Instruments(counter: counter, histogram: histogram)
        }
    }

    /// Counts one answered request and records how long it took (nanoseconds).
    func request(method: HTTPRequest.Method, route: String, status: Int, nanoseconds: UInt64) {
        instruments(method: method, route: route, status: status).record(nanoseconds: nanoseconds)
    }

    /// Counts a publish (or dry run) by the status it was answered with.
    func publish(status: Int, dryRun: Bool) {
        let outcome: String
        switch status {
        case 201: outcome = "created"
        case 200: outcome = dryRun ? "checked" : "unchanged"
        case 401: outcome = "unauthorized"
        case 403: outcome = "forbidden"
        case 404: outcome = "not_found"
        case 409: outcome = "conflict"
        case 413: outcome = "too_large"
        case 422: outcome = "refused"
        default: outcome = "error"
        }
        let counter = lock.withLock { () -> Counter in
            if let counter = publishCounters[outcome] { return counter }
            let made = registry.makeCounter(
                descriptor: .init(namespace: "protopkg", subsystem: "registry", metricName: "publishes", unitName: "total",
                                  helpText: "Publishes and dry runs, by outcome."),
                labels: [("outcome", outcome)])
            publishCounters[outcome] = made
            return made
        }
        counter.increment()
    }

    /// The exposition text (Prometheus text format 0.0.4).
    func render() -> ByteBuffer {
        var bytes: [UInt8] = []
        registry.emit(into: &bytes)
        return ByteBuffer(bytes: bytes)
    }
}

/// Times and counts every request the router answers, errors included.
struct MetricsMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let metrics: RegistryMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = DispatchTime.now().uptimeNanoseconds
        do {
            let response = try await next(request, context)
            metrics.request(method: request.method, route: context.endpointPath ?? "NotFound", status: response.status.code,
                            nanoseconds: DispatchTime.now().uptimeNanoseconds - start)
            return response
        } catch {
            let status = (error as? any HTTPResponseError)?.status.code ?? 500
            metrics.request(method: request.method, route: context.endpointPath ?? "NotFound", status: status,
                            nanoseconds: DispatchTime.now().uptimeNanoseconds - start)
            throw error
        }
    }
}
