import ProtoPackaging
import XCTest

final class ManifestVersionEditorTests: XCTestCase {
    func testReplacesTheVersionKeepingCommentsAndOtherLines() throws {
        let text = "# top\nname: acme/x\nversion: 1.2.0   # the release\ntargets:\n  descriptor: {}\n"
        let out = try ManifestVersionEditor.setting(try SemVer("1.3.0"), in: text, file: "protopkg.yaml")
        XCTAssertEqual(out, "# top\nname: acme/x\nversion: 1.3.0   # the release\ntargets:\n  descriptor: {}\n")
    }

    func testInsertsAfterNameWhenThereIsNoVersion() throws {
        let out = try ManifestVersionEditor.setting(try SemVer("0.2.0"), in: "name: acme/x\n", file: "protopkg.yaml")
        XCTAssertEqual(out, "name: acme/x\nversion: 0.2.0\n")
    }
}
