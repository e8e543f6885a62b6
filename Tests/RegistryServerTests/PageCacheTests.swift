import Foundation
import NIOCore
@testable import RegistryServer
import XCTest

/// The page cache: a page is kept until it expires or the generation moves; an expired page is
/// still answered while one render replaces it; concurrent misses share one render.
final class PageCacheTests: XCTestCase {
    /// A clock the test moves by hand, and a counter of renders.
    final class Probe: @unchecked Sendable {
        private let lock = NSLock()
        private var time: UInt64 = 1_000
        private var count = 0
        var now: UInt64 { lock.withLock { time } }
        var renders: Int { lock.withLock { count } }
        func advance(seconds: Double) { lock.withLock { time += UInt64(seconds * 1e9) } }
        func rendered() -> Int { lock.withLock { count += 1; return count } }
    }

    func text(_ b: ByteBuffer) -> String { String(buffer: b) }

    func testKeptUntilTheGenerationMoves() async throws {
        let probe = Probe()
        let cache = PageCache(ttl: 3, now: { probe.now })
        let render: @Sendable () async throws -> ByteBuffer = { ByteBuffer(string: "page \(probe.rendered())") }
        let got1 = try await cache.page("/a", generation: 1, render: render)
        XCTAssertEqual(text(got1.page), "page 1")
        let got2 = try await cache.page("/a", generation: 1, render: render)
        XCTAssertEqual(text(got2.page), "page 1")
        let got3 = try await cache.page("/b", generation: 1, render: render)
        XCTAssertEqual(text(got3.page), "page 2")
        // A publish or yank: the old page is never answered again.
        let got4 = try await cache.page("/a", generation: 2, render: render)
        XCTAssertEqual(text(got4.page), "page 3")
        XCTAssertEqual(probe.renders, 3)
    }

    func testAnExpiredPageIsAnsweredWhileOneRenderReplacesIt() async throws {
        let probe = Probe()
        let cache = PageCache(ttl: 3, now: { probe.now })
        let gate = AsyncStream<Void>.makeStream()
        let render: @Sendable () async throws -> ByteBuffer = {
            let n = probe.rendered()
            if n == 2 { for await _ in gate.stream { break } }   // the refresh waits for the test
            return ByteBuffer(string: "page \(n)")
        }
        let got5 = try await cache.page("/a", generation: 1, render: render)
        XCTAssertEqual(text(got5.page), "page 1")
        probe.advance(seconds: 3.5)
        // Expired: every request gets the old page at once; one render has started.
        for _ in 0..<5 {
            let (page, fresh) = try await cache.page("/a", generation: 1, render: render)
            XCTAssertEqual(text(page), "page 1")
            XCTAssertFalse(fresh)
        }
        gate.continuation.yield()
        gate.continuation.finish()
        var answer = ""
        for _ in 0..<1000 {
            answer = text(try await cache.page("/a", generation: 1, render: render).page)
            if answer == "page 2" { break }
            await Task.yield()
        }
        XCTAssertEqual(answer, "page 2")
        XCTAssertEqual(probe.renders, 2, "one refresh for all the requests after expiry")
    }

    func testConcurrentMissesShareOneRender() async throws {
        let probe = Probe()
        let cache = PageCache(ttl: 3, now: { probe.now })
        let render: @Sendable () async throws -> ByteBuffer = {
            let n = probe.rendered()
            try await Task.sleep(nanoseconds: 20_000_000)   // long enough for the others to arrive
            return ByteBuffer(string: "page \(n)")
        }
        let answers = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<16 { group.addTask { String(buffer: try await cache.page("/big", generation: 7, render: render).page) } }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        XCTAssertEqual(Set(answers), ["page 1"])
        XCTAssertEqual(probe.renders, 1)
    }

    func testAFailedRenderIsNotKept() async throws {
        struct Failure: Error {}
        let probe = Probe()
        let cache = PageCache(ttl: 3, now: { probe.now })
        do {
            _ = try await cache.page("/a", generation: 1) { () async throws -> ByteBuffer in _ = probe.rendered(); throw Failure() }
            XCTFail("the render's error reaches the request")
        } catch is Failure {}
        let got6 = try await cache.page("/a", generation: 1) { ByteBuffer(string: "page \(probe.rendered())") }
        XCTAssertEqual(text(got6.page), "page 2")
    }

    func testBoundedByBytesAndOffWithoutATimeToLive() async throws {
        let probe = Probe()
        let cache = PageCache(ttl: 3, budget: 1000, now: { probe.now })
        for i in 0..<10 { _ = try await cache.page("/p\(i)", generation: 1) { ByteBuffer(string: String(repeating: "x", count: 300)) } }
        XCTAssertLessThanOrEqual(cache.bytes, 1000)
        XCTAssertGreaterThan(cache.bytes, 0)
        let off = PageCache(ttl: 0, now: { probe.now })
        for _ in 0..<3 { _ = try await off.page("/a", generation: 1) { ByteBuffer(string: "page \(probe.rendered())") } }
        XCTAssertEqual(probe.renders, 3)
    }
}
