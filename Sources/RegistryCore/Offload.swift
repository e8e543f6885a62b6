import Dispatch

/// Runs long synchronous work (reading a large bundle, comparing two schemas) on a Dispatch
/// thread, so that it does not hold one of the few threads Swift concurrency runs requests on.
public enum Offload {
    public static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }
}
