import XCTest

/// XCTest's assertions take synchronous autoclosures; these evaluate an async expression first.
func assertEqual<T: Equatable>(_ expression: @autoclosure () async throws -> T, _ expected: T, _ message: String = "",
                               file: StaticString = #filePath, line: UInt = #line) async throws {
    let value = try await expression()
    XCTAssertEqual(value, expected, message, file: file, line: line)
}

func assertNil<T>(_ expression: @autoclosure () async throws -> T?, file: StaticString = #filePath, line: UInt = #line) async throws {
    let value = try await expression()
    XCTAssertNil(value, file: file, line: line)
}

func assertTrue(_ expression: @autoclosure () async throws -> Bool, _ message: String = "",
                file: StaticString = #filePath, line: UInt = #line) async throws {
    let value = try await expression()
    XCTAssertTrue(value, message, file: file, line: line)
}

func assertFalse(_ expression: @autoclosure () async throws -> Bool, file: StaticString = #filePath, line: UInt = #line) async throws {
    let value = try await expression()
    XCTAssertFalse(value, file: file, line: line)
}
