import Foundation
import Hummingbird
import HummingbirdTesting
import ProtopkgBasics
import RegistryCore
import RegistryServer
import SQLKit
import XCTest

/// `/healthz` answers for the storage, so that a load balancer drops a replica that lost it.
final class HealthTests: XCTestCase {
    func testHealthzFollowsTheDatabase() async throws {
        let dir = try FileSystem.makeTemporaryDirectory()
        defer { FileSystem.remove(dir) }
        let config = RegistryConfiguration(dataDirectory: dir, port: 0)
        let service = try await RegistryApplication.openService(config)
        let app = try RegistryApplication.buildApplication(config, service: service) { _, _ in }
        try await app.test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertTrue(String(buffer: response.body).contains(#""database":"ok""#))
            }
            // The database goes away (here: its connection is closed under the server).
            try await service.store.shutdown()
            try await client.execute(uri: "/healthz", method: .get) { response in
                XCTAssertEqual(response.status, .serviceUnavailable)
                let text = String(buffer: response.body)
                XCTAssertTrue(text.contains(#""database":"unreachable""#), text)
                XCTAssertTrue(text.contains(#""status":"unavailable""#), text)
            }
        }
    }

    func testPostgresBlobsThroughTheRouter() async throws {
        guard let database = try await PostgresTestDatabaseForServer.create() else { return }
        let dir = try FileSystem.makeTemporaryDirectory()
        defer { FileSystem.remove(dir) }
        let config = RegistryConfiguration(dataDirectory: dir, port: 0, databaseURL: database.url, blobs: .postgres)
        let service = try await RegistryApplication.openService(config)
        let app = try RegistryApplication.buildApplication(config, service: service) { _, _ in }
        let token = try await service.createToken(scopes: [try TokenScope("publish:acme/*")])
        let bundle = try Self.bundle()
        let path = "/api/v1/modules/acme/shop/versions/1.0.0"
        try await app.test(.router) { client in
            try await client.execute(uri: path, method: .put, headers: [.authorization: "Bearer \(token)"], body: bundle) {
                XCTAssertEqual($0.status, .created, String(buffer: $0.body))
            }
            try await client.execute(uri: path + "/bundle", method: .get, headers: [.authorization: "Bearer \(token)"]) {
                XCTAssertEqual($0.status, .ok)
                XCTAssertEqual($0.body, bundle, "the same bytes back from PostgreSQL")
            }
            try await client.execute(uri: "/healthz", method: .get) { XCTAssertEqual($0.status, .ok) }
        }
        XCTAssertFalse(FileSystem.exists("\(dir)/blobs"), "no blob on disk")
        try await service.store.shutdown()
        try await database.drop()
    }
}

extension HealthTests {
    static func bundle() throws -> ByteBuffer {
        let dir = try FileSystem.makeTemporaryDirectory(prefix: "protopkg-bundle")
        defer { FileSystem.remove(dir) }
        try FileSystem.writeAtomically(Data("name: acme/shop\nversion: 1.0.0\ntargets:\n  descriptor: {}\n".utf8), to: "\(dir)/protopkg.yaml")
        try FileSystem.writeAtomically(Data("syntax = \"proto3\";\npackage acme.shop.v1;\nmessage Order { string id = 1; }\n".utf8),
                                       to: "\(dir)/proto/acme/shop/v1/order.proto")
        var env = ProcessInfo.processInfo.environment
        env["PATH"] = (env["PATH"] ?? "") + ":/usr/bin"
        _ = try ModuleBuilderForTests.build(dir, env)
        return ByteBuffer(bytes: try FileSystem.read("\(dir)/dist/acme-shop-1.0.0.protopkg.tgz"))
    }
}
