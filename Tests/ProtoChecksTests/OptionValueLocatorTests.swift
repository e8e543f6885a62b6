import ProtoSchema
import XCTest
@testable import ProtoChecks

final class OptionValueLocatorTests: XCTestCase {
    private typealias Step = OptionValueLocator.Step

    private let text = """
    message M {
      option (x) = {
        oneof: {fields: ["a", "b"]}
        oneof: {
          fields: "c" // a comment with a brace {
          fields: "d"
        }
        nested: {inner: "}", count: 3}
      };
    }
    """

    private var option: SourceSpan { SourceSpan(startLine: 2, startColumn: 3, endLine: 9, endColumn: 5) }

    private func start(_ steps: [Step]) -> String? {
        OptionValueLocator(text: SourceText(text)).locate(steps, inside: option).map { "\($0.startLine):\($0.startColumn)" }
    }

    func testFindsFieldsListElementsAndNestedValues() {
        // An element of a repeated message: its entry (buf 1.75 puts an M4 oneof finding there).
        XCTAssertEqual(start([Step(name: "oneof", index: 1, isScalar: false)]), "4:5")
        // A singular message value: the first field inside it.
        XCTAssertEqual(start([Step(name: "nested", index: nil, isScalar: false)]), "8:14")
        XCTAssertEqual(start([Step(name: "nested", index: nil, isScalar: false), Step(name: "count", index: nil, isScalar: true)]), "8:26")
    }

    func testAnElementOfARepeatedScalarPointsAtItsMessage() {
        XCTAssertEqual(start([Step(name: "oneof", index: 1, isScalar: false), Step(name: "fields", index: 1, isScalar: true)]), "4:5")
        XCTAssertEqual(start([Step(name: "oneof", index: 0, isScalar: false), Step(name: "fields", index: 1, isScalar: true)]), "3:5")
    }

    func testElementsOfARepeatedScalarAreCountedAcrossEntriesAndLists() {
        let locator = OptionValueLocator(text: SourceText(text))
        let (elements, holder) = locator.elements(named: "fields", after: [Step(name: "oneof", index: 1, isScalar: false)], inside: option)
        XCTAssertEqual(elements.map { $0?.description }, ["5:7", "6:7"])
        XCTAssertEqual(holder.description, "4:5")
        let (listed, _) = locator.elements(named: "fields", after: [Step(name: "oneof", index: 0, isScalar: false)], inside: option)
        // A list: buf's compiler records the whole entry for the first element only.
        XCTAssertEqual(listed.map { $0?.description }, ["3:13", nil])
    }

    func testAMissingFieldGivesTheDeepestFound() {
        XCTAssertEqual(start([Step(name: "nested", index: nil, isScalar: false), Step(name: "absent", index: nil, isScalar: true)]), "8:5")
        XCTAssertNil(start([Step(name: "absent", index: nil, isScalar: true)]))
    }
}
