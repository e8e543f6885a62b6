import Foundation
import ProtoChecks
import ProtoCompiler
import ProtoPackaging
import ProtoSchema
import ProtopkgBasics
import XCTest

/// The changelog between two schemas: entries by kind, places on both sides, the bump, and
/// whether two version numbers honour it.
final class ChangelogTests: XCTestCase {
    func schema(_ files: [String: String]) throws -> Schema {
        let sources = files.mapValues { Data($0.utf8) }
        let result = try Fixtures.frontEnd.compile(CompileRequest(sources: [InMemoryImportResolver(files: sources, displayPrefix: "")],
                                                                   files: files.keys.sorted()))
        return Schema(try result.descriptorSet(), targets: Set(files.keys))
    }

    func changelog(_ previous: String, _ current: String, from: String? = "1.1.0", to: String? = "2.0.0",
                   config: BreakingConfig = BreakingConfig()) throws -> Changelog {
        try ChangelogBuilder(breaking: config, configFile: "buf.yaml").build(
            module: "acme/billing",
            previous: try schema(["acme/v1/invoice.proto": previous]),
            previousRelease: .init(label: from ?? "before", version: try from.map { try SemVer($0) }),
            current: try schema(["acme/v1/invoice.proto": current]),
            currentRelease: .init(label: to ?? "now", version: try to.map { try SemVer($0) }))
    }

    let v1 = """
        syntax = "proto3";
        package acme.v1;

        // An invoice.
        message Invoice {
          // The invoice's ID.
          string id = 1;
          // Who pays.
          string customer_id = 2;
          int64 total = 3;
        }
        """

    let v2 = """
        syntax = "proto3";
        package acme.v1;

        // An invoice.
        message Invoice {
          // The invoice's unique ID.
          string id = 1;
          int64 total = 3;
          // A note printed on the invoice.
          string note = 4;
        }

        service InvoiceService {
          rpc GetInvoice(Invoice) returns (Invoice);
        }
        """

    func testDeletionIsBreakingWithBothPlaces() throws {
        let c = try changelog(v1, v2)
        let deletion = try XCTUnwrap(c.breaking.first { $0.rule == "FIELD_NO_DELETE" })
        XCTAssertEqual(deletion.kind, .breaking)
        // Reported at the message in the new version; in the old one, at the deleted field itself.
        XCTAssertEqual(deletion.current, ChangelogPlace(path: "acme/v1/invoice.proto", line: 5, column: 1))
        XCTAssertEqual(deletion.previous, ChangelogPlace(path: "acme/v1/invoice.proto", line: 9, column: 3))
        XCTAssertEqual(deletion.element, "acme.v1.Invoice.customer_id")
        XCTAssertEqual(c.required, .major)
        XCTAssertEqual(c.made, .major)
        XCTAssertEqual(c.honoured, true)
        XCTAssertEqual(c.lowestHonouring, try SemVer("2.0.0"))
    }

    func testAdditionsAndOtherChanges() throws {
        let c = try changelog(v1, v2)
        XCTAssertEqual(Set(c.additions.map(\.message)), ["Added field \"note\" (4) to message \"acme.v1.Invoice\".",
                                                         "Added service \"acme.v1.InvoiceService\"."])
        let note = try XCTUnwrap(c.additions.first { $0.element == "acme.v1.Invoice.note" })
        XCTAssertEqual(note.current?.line, 10)
        XCTAssertNil(note.previous)
        let comment = try XCTUnwrap(c.changes.first { $0.rule == "COMMENT" })
        XCTAssertEqual(comment.message, "Changed the comment of field \"acme.v1.Invoice.id\".")
        XCTAssertEqual(comment.previous?.line, 7)
        XCTAssertEqual(comment.current?.line, 7)
        XCTAssertEqual(c.changes.count, 1, "\(c.changes)")
    }

    func testAMinorVersionDoesNotHonourABreakingChange() throws {
        let c = try changelog(v1, v2, from: "1.1.0", to: "1.2.0")
        XCTAssertEqual(c.made, .minor)
        XCTAssertEqual(c.honoured, false)
        XCTAssertTrue(c.verdict.contains("does not honour"), c.verdict)
        XCTAssertTrue(c.verdict.contains("2.0.0"), c.verdict)
        // Unknown versions: no verdict on the numbers.
        let unknown = try changelog(v1, v2, from: nil, to: nil)
        XCTAssertNil(unknown.honoured)
        XCTAssertNil(unknown.made)
        XCTAssertEqual(unknown.required, .major)
    }

    func testBelowOneTheMinorPlaysTheMajor() throws {
        let c = try changelog(v1, v2, from: "0.3.1", to: "0.4.0")
        XCTAssertEqual(c.made, .major)
        XCTAssertEqual(c.honoured, true)
    }

    func testCommentOnlyChangeIsAPatch() throws {
        let c = try changelog(v1, v1.replacingOccurrences(of: "// Who pays.", with: "// Who pays the invoice."),
                              from: "1.1.0", to: "1.1.1")
        XCTAssertEqual(c.required, .patch)
        XCTAssertTrue(c.breaking.isEmpty)
        XCTAssertTrue(c.additions.isEmpty)
        XCTAssertEqual(c.changes.map(\.rule), ["COMMENT"])
        XCTAssertEqual(c.honoured, true)
    }

    func testMovedDeclarationsAreAnOtherChange() throws {
        let moved = v1.replacingOccurrences(of: "// An invoice.", with: "\n\n// An invoice.")
        let c = try changelog(v1, moved, from: "1.1.0", to: "1.1.1")
        XCTAssertEqual(c.required, .patch)
        XCTAssertEqual(c.changes.map(\.rule), ["FILE"])
        XCTAssertTrue(c.changes[0].message.contains("Moved or reformatted"), c.changes[0].message)
    }

    func testIdenticalSchemasHaveNoEntries() throws {
        let c = try changelog(v1, v1, from: "1.1.0", to: "1.1.0")
        XCTAssertEqual(c.required, .none)
        XCTAssertTrue(c.entries.isEmpty)
        XCTAssertNil(c.honoured, "the same version is not newer")
    }

    func testTypeChangeIsPlacedAtTheTypeOnBothSides() throws {
        let changed = v1.replacingOccurrences(of: "  int64 total = 3;", with: "\n  string total = 3;")
        let c = try changelog(v1, changed)
        let entry = try XCTUnwrap(c.breaking.first { $0.rule == "FIELD_SAME_TYPE" }, "\(c.breaking)")
        XCTAssertEqual(entry.previous?.line, 10)
        XCTAssertEqual(entry.current?.line, 11)
        XCTAssertEqual(entry.previous?.column, 3)
        XCTAssertEqual(entry.element, "acme.v1.Invoice.total")
    }

    func testDeletionsTheRulesInUseAcceptAreListed() throws {
        // With FIELD_NO_DELETE left out the deletion breaks nothing, but the changelog lists it.
        let c = try changelog(v1, v2, config: BreakingConfig(use: ["FILE"], except: ["FIELD_NO_DELETE"]))
        XCTAssertFalse(c.breaking.contains { $0.rule == "FIELD_NO_DELETE" })
        let deletion = try XCTUnwrap(c.changes.first { $0.rule == "DELETION" }, "\(c.changes)")
        XCTAssertEqual(deletion.previous?.line, 9)
        XCTAssertTrue(deletion.message.contains("customer_id"))
        XCTAssertEqual(c.required, .minor)
    }

    func testFormats() throws {
        let c = try changelog(v1, v2)
        let json = try JSONEncoder().encode(c)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        XCTAssertEqual(object["required"] as? String, "major")
        XCTAssertEqual(object["honoured"] as? Bool, true)
        XCTAssertEqual(object["made"] as? String, "major")
        XCTAssertEqual(try JSONDecoder().decode(Changelog.self, from: json), c)
        XCTAssertTrue(c.text.contains("FIELD_NO_DELETE acme/v1/invoice.proto:5:1 (was acme/v1/invoice.proto:9:3)"), c.text)
        XCTAssertTrue(c.text.hasPrefix("acme/billing: 1.1.0 → 2.0.0\nrequires a major bump"), c.text)
        XCTAssertTrue(c.markdown.contains("### Breaking changes (1)"), c.markdown)
        XCTAssertTrue(c.markdown.contains("- `FIELD_NO_DELETE` Previously present field \"2\" with name \"customer\\_id\""), c.markdown)
        let shown = c.mappingPaths { "proto/" + $0 }
        XCTAssertEqual(shown.breaking.first?.previous?.path, "proto/acme/v1/invoice.proto")
    }

    func testInitialRelease() throws {
        let c = Changelog.initial(module: "acme/billing", current: .init(label: "1.0.0", version: try SemVer("1.0.0")))
        XCTAssertTrue(c.isInitial)
        XCTAssertNil(c.honoured)
        XCTAssertEqual(c.verdict, "first release: nothing to compare with")
    }
}
