import Foundation
import ProtopkgBasics

/// Waits for async work at most so long. A task group would wait for a child that hangs (a
/// database behind a dead network answers nothing), so the work runs in its own task and the
/// first of "done" and "too late" resumes the caller; the work is cancelled when late.
enum Deadline {
    static func run(seconds: Double, what: String, _ work: @escaping @Sendable () async throws -> Void) async throws {
        let once = ResumeOnce()
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, Error>) in
            let task = Task {
                do {
                    try await work()
                    once.resume(continuation, with: .success(()))
                } catch {
                    once.resume(continuation, with: .failure(error))
                }
            }
            Task {
                try? await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
                if once.resume(continuation, with: .failure(ProtopkgError("\(what): no answer within \(seconds) s"))) {
                    task.cancel()
                }
            }
        }
    }

    private final class ResumeOnce: @unchecked Sendable {
        private let lock = NSLock()
        private var done = false

        /// Resumes the continuation unless it was resumed already; returns whether it did.
        @discardableResult
        func resume(_ continuation: CheckedContinuation<Void, Error>, with result: Result<Void, Error>) -> Bool {
            let first = lock.withLock { () -> Bool in
                defer { done = true }
                return !done
            }
            if first { continuation.resume(with: result) }
            return first
        }
    }
}
