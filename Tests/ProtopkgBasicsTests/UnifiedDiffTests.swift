import ProtopkgBasics
import XCTest

/// The expected texts are what GNU `diff -u` prints for the same inputs (headers left out).
final class UnifiedDiffTests: XCTestCase {
    func testEqualTextsHaveNoHunks() {
        XCTAssertEqual(UnifiedDiff.hunks(old: "a\nb\n", new: "a\nb\n"), "")
    }

    func testChangesFarApartMakeTwoHunksWithThreeLinesOfContext() {
        let old = (["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m"].map { $0 + "\n" }).joined()
        let new = (["a", "B", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n"].map { $0 + "\n" }).joined()
        XCTAssertEqual(UnifiedDiff.hunks(old: old, new: new), """
            @@ -1,5 +1,5 @@
             a
            -b
            +B
             c
             d
             e
            @@ -11,3 +11,4 @@
             k
             l
             m
            +n

            """)
    }

    func testMissingFinalNewlineIsMarked() {
        XCTAssertEqual(UnifiedDiff.hunks(old: "x\ny", new: "x\nz\n"), """
            @@ -1,2 +1,2 @@
             x
            -y
            \\ No newline at end of file
            +z

            """)
    }

    func testInsertionIntoAnEmptyText() {
        XCTAssertEqual(UnifiedDiff.hunks(old: "", new: "a\n"), "@@ -0,0 +1 @@\n+a\n")
    }

    func testAFileRewrittenThroughoutStillGivesACorrectDiff() {
        let old = (0..<3000).map { "line \($0)\n" }.joined()
        let new = (0..<3000).map { "  line \($0)\n" }.joined()
        let hunks = UnifiedDiff.hunks(old: old, new: new)
        XCTAssertTrue(hunks.hasPrefix("@@ -1,3000 +1,3000 @@\n-line 0\n"))
        XCTAssertEqual(hunks.split(separator: "\n").filter { $0.hasPrefix("-") }.count, 3000)
        XCTAssertEqual(hunks.split(separator: "\n").filter { $0.hasPrefix("+") }.count, 3000)
    }
}
