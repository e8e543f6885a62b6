import ProtopkgBasics
import XCTest

final class MallocTuningTests: XCTestCase {
    func testGlibcTakesTheLargeGrowthStep() {
        #if os(Linux)
        XCTAssertTrue(MallocTuning.growInLargeSteps(), "mallopt(M_TOP_PAD) was found and accepted")
        // The allocator still works after it.
        let blocks = (0..<1000).map { [UInt8](repeating: UInt8($0 % 256), count: 4096 + $0) }
        XCTAssertEqual(blocks[999].count, 5095)
        XCTAssertEqual(blocks[300][0], 44)
        #endif
    }
}
