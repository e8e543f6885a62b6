import CEL
import XCTest

/// A message `acme.User` with a few fields, and an enum value, for the checker to see.
private struct SampleTypes: CELTypeProvider {
    let fields: [String: [String: CELType]] = [
        "acme.User": ["name": .string, "age": .int, "tags": .list(.string), "scores": .map(.string, .int),
                      "created": .timestamp, "nickname": .wrapper(.string), "friend": .message("acme.User")],
    ]
    func fieldType(message: String, field: String) -> CELType? { fields[message]?[field] }
    func messageExists(_ fullName: String) -> Bool { fields[fullName] != nil }
    func isEnumValue(_ fullName: String) -> Bool { fullName == "acme.Status.STATUS_OK" }
}

final class CELCompileTests: XCTestCase {
    private func environment(this: CELType) -> CELEnvironment {
        CELEnvironment(variables: ["this": this, "now": .timestamp], types: SampleTypes())
    }

    private func type(_ expression: String, this: CELType = .message("acme.User")) -> CELType? {
        environment(this: this).compile(expression).type
    }

    private func issues(_ expression: String, this: CELType = .message("acme.User")) -> [String] {
        environment(this: this).compile(expression).issues.map(\.message)
    }

    func testWellTypedExpressionsHaveTheirTypes() {
        XCTAssertEqual(type("this.name.size() > 3 && this.age >= 18"), .bool)
        XCTAssertEqual(type("this.name + ' ' + string(this.age)"), .string)
        XCTAssertEqual(type("this.tags.all(t, t.startsWith('x'))"), .bool)
        XCTAssertEqual(type("this.tags.map(t, size(t))"), .list(.int))
        XCTAssertEqual(type("this.tags.filter(t, t != '')"), .list(.string))
        XCTAssertEqual(type("this.scores.exists(k, this.scores[k] > 1)"), .bool)
        XCTAssertEqual(type("has(this.friend) ? this.friend.name : 'none'"), .string)
        XCTAssertEqual(type("this.created < now"), .bool)
        XCTAssertEqual(type("now - this.created > duration('1h')"), .bool)
        XCTAssertEqual(type("this.age == acme.Status.STATUS_OK"), .bool)
        XCTAssertEqual(type("this.age < 2.5 && this.age > 1u"), .bool)
        XCTAssertEqual(type("this.nickname == null || this.nickname.size() > 0"), .bool)
        XCTAssertEqual(type("this > 0 ? '' : 'must be positive'", this: .int), .string)
        XCTAssertEqual(type("[1, 'a']", this: .int), .list(.dyn))
        XCTAssertEqual(type("{'a': 1}['a'] + -1", this: .int), .int)
        XCTAssertEqual(type("r'\\d+' + b'\\x00'.size().string()", this: .int), nil)
        XCTAssertEqual(type("'''multi\nline''' + \"\\u00e9\"", this: .int), .string)
        XCTAssertEqual(type("acme.User{name: 'x', age: 3}.age", this: .int), .int)
        XCTAssertEqual(type("dyn(this).whatever.deeper", this: .int), .dyn)
    }

    func testTypeMistakesAreReportedOnceEach() {
        XCTAssertEqual(issues("this + 'xyz' > (this * 'xyz')", this: .int), [
            "found no matching overload for '_+_' applied to '(int, string)'",
            "found no matching overload for '_*_' applied to '(int, string)'",
        ])
        XCTAssertEqual(issues("this.nmae == 'x'"), ["undefined field 'nmae'"])
        XCTAssertEqual(issues("that > 1"), ["undeclared reference to 'that' (in container '')"])
        XCTAssertEqual(issues("undeclared.deeper.size() > 0"), ["undeclared reference to 'undeclared' (in container '')"])
        XCTAssertEqual(issues("this.age.startsWith('1')"), ["found no matching overload for 'startsWith' applied to 'int.(string)'"])
        XCTAssertEqual(issues("this.age.name"), ["type 'int' does not support field selection"])
        XCTAssertEqual(issues("this.age.all(x, x > 0)"),
                       ["expression of type 'int' cannot be range of a comprehension (must be list, map, or dynamic)"])
        XCTAssertEqual(issues("this.tags.all(t, size(t))"), ["found no matching overload for '@not_strictly_false' applied to '(int)'"])
        XCTAssertEqual(issues("this.isEmail()"), ["undeclared reference to 'isEmail' (in container '')"])
    }

    func testSyntaxErrorsAreWordedAsCelGoWordsThem() {
        XCTAssertEqual(issues("this.name ==").count, 1)
        XCTAssertTrue(issues("this.name ==")[0].hasPrefix("mismatched input '<EOF>' expecting {'['"))
        XCTAssertEqual(issues("has(this)"), ["invalid argument to has() macro"])
        XCTAssertEqual(issues("this.tags.all(1, true)"), ["argument must be a simple name"])
        XCTAssertEqual(issues("this.if"), ["reserved identifier: if"])
        // As cel-go (buf 1.75 shows both): the lexer's error, then the parser's at the end.
        XCTAssertEqual(issues("'unterminated"), ["token recognition error at: ''unterminated'",
                                                 "mismatched input '<EOF>' expecting \(CELParserWords.expressionStart)"])
        XCTAssertEqual(issues("size([1, 2]"), ["missing ')' at '<EOF>'"])
        XCTAssertEqual(issues("[1 2]"), ["extraneous input '2' expecting {']', ','}"])
        XCTAssertEqual(issues("this.name == 'a')"), ["extraneous input ')' expecting <EOF>"])
        XCTAssertEqual(issues("this."), ["no viable alternative at input '.'"])
        XCTAssertEqual(issues("99999999999999999999"), ["invalid int literal"])
        XCTAssertEqual(type("-9223372036854775808", this: .int), .int)
    }

    func testIssuesRenderWithACaret() {
        let issue = CELIssue("undeclared reference to 'x' (in container '')", at: 5)
        XCTAssertEqual(issue.rendered(in: "1 + (x)"), "1:6: undeclared reference to 'x' (in container '')\n | 1 + (x)\n | .....^")
    }
}

/// cel-go's list of the tokens an expression may start with.
private enum CELParserWords {
    static let expressionStart = "{'[', '{', '(', '.', '-', '!', 'true', 'false', 'null', NUM_FLOAT, NUM_INT, NUM_UINT, STRING, BYTES, IDENTIFIER}"
}
