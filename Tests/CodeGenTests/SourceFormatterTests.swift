import CodeGen
import Foundation
import ProtopkgBasics
import XCTest

final class SourceFormatterTests: XCTestCase {
    let messy = "syntax = \"proto3\";\npackage a.v1;\nmessage M {\n    int32 x = 1;\n}\n"
    let tidy = "syntax = \"proto3\";\npackage a.v1;\nmessage M {\n  int32 x = 1;\n}\n"

    func testFormatsEveryProtoUnderTheDirectoryAndWritesOnlyChangedFiles() throws {
        let dir = try FileSystem.makeTemporaryDirectory()
        defer { FileSystem.remove(dir) }
        try FileSystem.writeAtomically(Data(messy.utf8), to: "\(dir)/a/v1/m.proto")
        try FileSystem.writeAtomically(Data(tidy.utf8), to: "\(dir)/b.proto")
        try FileSystem.writeAtomically(Data("not proto".utf8), to: "\(dir)/notes.txt")
        let files = try SourceFormatter.format(dir)
        XCTAssertEqual(files.map { ($0.path as NSString).lastPathComponent }, ["m.proto", "b.proto"])
        XCTAssertEqual(files.map(\.changed), [true, false])
        XCTAssertEqual(String(decoding: files[0].formatted, as: UTF8.self), tidy)
        XCTAssertTrue(files[0].unifiedDiff().contains("-    int32 x = 1;\n+  int32 x = 1;\n"))
        XCTAssertEqual(files[1].unifiedDiff(), "")
        try SourceFormatter.write(files)
        XCTAssertEqual(String(decoding: try FileSystem.read("\(dir)/a/v1/m.proto"), as: UTF8.self), tidy)
        XCTAssertFalse(try SourceFormatter.format(dir).contains(where: \.changed))
    }

    func testASyntaxErrorAnywhereLeavesEveryFileAsItWas() throws {
        let dir = try FileSystem.makeTemporaryDirectory()
        defer { FileSystem.remove(dir) }
        try FileSystem.writeAtomically(Data(messy.utf8), to: "\(dir)/ok.proto")
        try FileSystem.writeAtomically(Data("syntax = \"proto3\";\nmessage M { int32 x = 1 }\n".utf8), to: "\(dir)/bad.proto")
        XCTAssertThrowsError(try SourceFormatter.format(dir)) { error in
            let findings = (error as? ProtopkgError)?.findings ?? []
            XCTAssertEqual(findings.map(\.location), ["\(dir)/bad.proto:2:25"])
        }
        XCTAssertEqual(String(decoding: try FileSystem.read("\(dir)/ok.proto"), as: UTF8.self), messy)
    }

    func testAMissingPathIsAnError() {
        XCTAssertThrowsError(try SourceFormatter.format("/nonexistent/protos")) { error in
            XCTAssertEqual((error as? ProtopkgError)?.location, "/nonexistent/protos")
        }
    }
}
