import ProtopkgBasics
import XCTest

final class ConcurrentMapTests: XCTestCase {
    func testResultsComeBackInOrder() {
        let numbers = Array(0..<10_000)
        XCTAssertEqual(numbers.concurrentMap { $0 * 3 }, numbers.map { $0 * 3 })
        XCTAssertEqual([Int]().concurrentMap { $0 }, [])
        // A slice keeps its own indices: the transform sees its elements, not the array's first ones.
        XCTAssertEqual(numbers[100..<110].concurrentMap { String($0) }, (100..<110).map { String($0) })
    }
}
