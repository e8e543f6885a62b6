import CEL
import XCTest

/// A message with fixed field values, standing in for protovalidate's rules messages.
private struct SampleMessage: CELMessage {
    let typeName = "acme.Rules"
    let values: [String: CELValue]
    let known: Set<String>

    func field(_ name: String) -> CELValue? { known.contains(name) ? values[name] ?? .int(0) : nil }
    func has(_ name: String) -> Bool? { known.contains(name) ? values[name] != nil : nil }
    var setFieldNames: [String] { Array(values.keys) }
}

final class CELInterpreterTests: XCTestCase {
    private func run(_ expression: String, this: CELValue = .null, rules: [String: CELValue] = [:],
                     file: StaticString = #filePath, line: UInt = #line) -> CELValue {
        let message = SampleMessage(values: rules, known: ["gt", "lt", "lte", "values", "pattern", "within"])
        let environment = CELEnvironment(variables: ["this": .dyn, "rules": .dyn, "now": .timestamp])
        let compiled = environment.compile(expression)
        guard let expr = compiled.expression, compiled.succeeded else {
            XCTFail("does not compile: \(compiled.issues.map(\.message))", file: file, line: line)
            return .error("compile")
        }
        let now = CELValue.timestamp(CELTime(seconds: 1_700_000_000, nanos: 0))
        return CELInterpreter(variables: ["this": this, "rules": .message(message), "now": now]).evaluate(expr)
    }

    private func text(_ value: CELValue) -> String? {
        if case .string(let s) = value { return s }
        return nil
    }

    private func bool(_ value: CELValue) -> Bool? {
        if case .bool(let b) = value { return b }
        return nil
    }

    func testStandardRuleExpressionsGiveTheirMessages() {
        let gtLt = "has(rules.lt) && rules.lt >= rules.gt && (this >= rules.lt || this <= rules.gt)? 'must be greater than %s and less than %s'.format([rules.gt, rules.lt]) : ''"
        XCTAssertEqual(text(run(gtLt, this: .int(3), rules: ["gt": .int(5), "lt": .int(10)])), "must be greater than 5 and less than 10")
        XCTAssertEqual(text(run(gtLt, this: .int(7), rules: ["gt": .int(5), "lt": .int(10)])), "")
        XCTAssertEqual(text(run("!(this in rules.values) ? 'must be in list %s'.format([rules.values]) : ''",
                                this: .double(1), rules: ["values": .list([.double(3.5), .double(1e30)])])),
                       "must be in list [3.5, 1000000000000000000000000000000]")
        XCTAssertEqual(text(run("'%s'.format([rules.values])", rules: ["values": .list([.string("x"), .string("y")])])), "[x, y]")
        XCTAssertEqual(text(run("'%s / %s'.format([duration('7.5s'), timestamp('1970-01-01T00:00:05Z')])")),
                       "7.5s / 1970-01-01T00:00:05Z")
        XCTAssertEqual(text(run("'%x %d %.2f %e'.format([b'\\x01\\xff', -42, 3.14159, 1234.5])")), "01ff -42 3.14 1.234500e+03")
    }

    func testLogicAbsorbsErrorsAsCELSpecifies() {
        XCTAssertEqual(bool(run("false && 1 / 0 == 1")), false)
        XCTAssertEqual(bool(run("1 / 0 == 1 || true")), true)
        XCTAssertNotNil(run("1 / 0 == 1 && true").errorMessage)
        XCTAssertNotNil(run("9223372036854775807 + 1").errorMessage)
    }

    func testNumbersCompareAcrossTypes() {
        XCTAssertEqual(bool(run("dyn(1) == 1.0 && 2u > 1 && -1 < 0u && 1.5 > 1")), true)
        XCTAssertEqual(bool(run("this < rules.gt", this: .uint(3), rules: ["gt": .int(5)])), true)
        XCTAssertEqual(bool(run("uint(this.size()) < 3u", this: .string("héé"))), false)
    }

    func testStringsListsAndMacros() {
        XCTAssertEqual(bool(run("this.matches('^a+$')", this: .string("aaa"))), true)
        XCTAssertEqual(bool(run("this.matches('^a+$')", this: .string("ab"))), false)
        XCTAssertEqual(bool(run("['a.b', 'c'].all(p, p in ['c'] || ['a'].exists(f, p.startsWith(f + '.')))")), true)
        XCTAssertEqual(bool(run("[1, 2, 3].exists_one(x, x > 2)")), true)
        XCTAssertEqual(text(run("'a,b,c'.split(',').join('-')")), "a-b-c")
        XCTAssertEqual(text(run("'Hello'.lowerAscii() + 'x'.upperAscii() + ' hi '.trim()")), "helloXhi")
        XCTAssertEqual(bool(run("[1, 2].map(x, x * 2) == [2, 4] && [1, 2, 3].filter(x, x > 1).size() == 2")), true)
        XCTAssertEqual(bool(run("{'a': 1}['a'] == 1 && 'a' in {'a': 1}")), true)
        XCTAssertEqual(bool(run("[1, 2, 3].map(x, x > 1, x * 10) == [20, 30]")), true)
        XCTAssertNotNil(run("[1, 0].filter(x, 1 / x > 0)").errorMessage)
    }

    func testBytesFunctions() {
        var environment = CELEnvironment(variables: [:])
        for name in ["contains", "startsWith", "endsWith"] {
            environment.declare(name, [CELOverload(member: true, [.bytes, .bytes], .bool)])
        }
        for (expression, expected) in [("b'abcd'.contains(b'bc')", true), ("b'ab'.contains(b'abc')", false),
                                       ("b'ab'.contains(b'')", true), ("b'abcd'.startsWith(b'ab') && b'abcd'.endsWith(b'cd')", true)] {
            let compiled = environment.compile(expression)
            XCTAssertTrue(compiled.succeeded, expression)
            guard let expr = compiled.expression else { continue }
            XCTAssertEqual(bool(CELInterpreter(variables: [:]).evaluate(expr)), expected, expression)
        }
    }

    func testTimeArithmetic() {
        XCTAssertEqual(bool(run("this < now - rules.within", this: .timestamp(CELTime(seconds: 0, nanos: 0)),
                                rules: ["within": .duration(CELTime(seconds: 3600, nanos: 0))])), true)
        XCTAssertEqual(bool(run("timestamp('2024-02-29T12:00:00Z').getDayOfYear() == 59")), true)
        XCTAssertEqual(bool(run("duration('1h30m') == duration('5400s')")), true)
    }

    func testGoStyleDecimals() {
        XCTAssertEqual(CELDecimal(1e21)?.goGeneral, "1e+21")
        XCTAssertEqual(CELDecimal(-2.25)?.goGeneral, "-2.25")
        XCTAssertEqual(CELDecimal(1)?.goGeneral, "1")
        XCTAssertEqual(CELDecimal(0.0001)?.goGeneral, "0.0001")
        XCTAssertEqual(CELDecimal(0.00001)?.goGeneral, "1e-05")
        XCTAssertEqual(CELDecimal(1e30)?.fixed, "1000000000000000000000000000000")
        XCTAssertEqual(CELDecimal(float: 0.1)?.goGeneral, "0.1")
    }
}
