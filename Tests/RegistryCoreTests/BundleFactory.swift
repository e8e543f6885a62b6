import CodeGen
import Foundation
import ProtoModule
import ProtopkgBasics

/// Builds real bundles of a small module (descriptor target only) for registry tests.
enum BundleFactory {
    static let base = """
    syntax = "proto3";
    package acme.shop.v1;
    // An order.
    message Order {
      string id = 1;
      int64 total = 2;
    }
    """

    static func bundle(version: String, proto: String = base, name: String = "acme/shop") throws -> Data {
        let dir = try FileSystem.makeTemporaryDirectory(prefix: "protopkg-bundle")
        defer { FileSystem.remove(dir) }
        try FileSystem.writeAtomically(Data("name: \(name)\nversion: \(version)\ntargets:\n  descriptor: {}\n".utf8),
                                       to: "\(dir)/protopkg.yaml")
        try FileSystem.writeAtomically(Data(proto.utf8), to: "\(dir)/proto/acme/shop/v1/order.proto")
        var env = ProcessInfo.processInfo.environment
        env["PATH"] = (env["PATH"] ?? "") + ":/usr/bin"
        _ = try ModuleBuilder(toolchain: Toolchain(environment: env)).build(directory: dir)
        let stem = name.replacingOccurrences(of: "/", with: "-")
        return try FileSystem.read("\(dir)/dist/\(stem)-\(version).protopkg.tgz")
    }

    static func adding(_ line: String) -> String { base.replacingOccurrences(of: "  int64 total = 2;", with: "  int64 total = 2;\n  \(line)") }
    static var removingTotal: String { base.replacingOccurrences(of: "  int64 total = 2;\n", with: "") }
}
