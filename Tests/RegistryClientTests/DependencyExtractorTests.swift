import Foundation
import ProtoPackaging
import ProtopkgBasics
import RegistryClient
import XCTest

final class DependencyExtractorTests: XCTestCase {
    func testRefusesUnsafePathsBeforeWritingAnything() throws {
        let dir = try FileSystem.makeTemporaryDirectory(prefix: "protopkg-extract")
        defer { FileSystem.remove(dir) }
        let dep = LockedDependency(name: try ModuleName("acme/x"), version: try SemVer("1.0.0"), sha256: String(repeating: "a", count: 64))
        let target = "\(dir)/deps/acme/x"
        for bad in ["proto/../../../escaped.proto", "/etc/escaped", "proto//x.proto", "gen/./x", "other/x.proto", "proto\\..\\x"] {
            XCTAssertThrowsError(try DependencyExtractor.write(["proto/ok.proto": Data(), bad: Data("x".utf8)], as: dep, into: target),
                                 bad)
            XCTAssertFalse(FileSystem.exists(target), "nothing installed for \(bad)")
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: "\(dir)/deps/acme"), [], "no staging left for \(bad)")
        }
        XCTAssertFalse(FileSystem.exists("\(dir)/escaped.proto"))

        try DependencyExtractor.write(["proto/a.proto": Data("a".utf8), "protopkg.json": Data("{}".utf8)], as: dep, into: target)
        XCTAssertTrue(DependencyExtractor.isInstalled(dep, at: target))
        // Replacing swaps the whole directory: files of the old version do not linger.
        try DependencyExtractor.write(["proto/b.proto": Data("b".utf8), "protopkg.json": Data("{}".utf8)], as: dep, into: target)
        XCTAssertEqual(FileSystem.files(under: target).filter { $0.hasSuffix(".proto") }, ["proto/b.proto"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: "\(dir)/deps/acme"), ["x"])
    }
}
