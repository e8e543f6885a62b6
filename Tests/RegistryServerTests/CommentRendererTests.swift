@testable import RegistryServer
import XCTest

/// Comments as HTML: text stays text, Markdown renders, and nothing in a comment becomes
/// markup a browser would run.
final class CommentRendererTests: XCTestCase {
    let renderer = CommentRenderer { name in
        ["acme.v1.Invoice": "#acme.v1.Invoice", "acme.v1.Invoice.id": "#acme.v1.Invoice.id"][name]
    }

    func testPlainCommentsAreParagraphs() {
        XCTAssertEqual(renderer.html(" The invoice's ID,\n unique per customer.\n\n Never reused."),
                       "<p>The invoice&#39;s ID, unique per customer.</p>\n<p>Never reused.</p>")
        XCTAssertEqual(renderer.html("   \n  "), "")
    }

    func testMarkdownRenders() {
        let html = renderer.html(" Use `customer_id` to **filter**:\n\n - by date\n - by state\n")
        XCTAssertTrue(html.contains("<code>customer_id</code>"), html)
        XCTAssertTrue(html.contains("<strong>filter</strong>"), html)
        XCTAssertTrue(html.contains("<li>by date</li>"), html)
    }

    func testReferenceLinksToElements() {
        let html = renderer.html(" See [Invoice][acme.v1.Invoice] and [the id][acme.v1.Invoice.id]; not [this][x.y.Z].")
        XCTAssertTrue(html.contains("<a href=\"#acme.v1.Invoice\">Invoice</a>"), html)
        XCTAssertTrue(html.contains("<a href=\"#acme.v1.Invoice.id\">the id</a>"), html)
        XCTAssertFalse(html.contains("x.y.Z\""), html)
        XCTAssertTrue(html.contains("this"), html)
    }

    func testLinksWrappedAcrossLinesStillLink() {
        let html = renderer.html(" See the [resource name rules]\n (https://example.com/names) and the\n [Invoice]\n [acme.v1.Invoice].")
        XCTAssertTrue(html.contains("<a href=\"https://example.com/names\">resource name rules</a>"), html)
        XCTAssertTrue(html.contains("<a href=\"#acme.v1.Invoice\">Invoice</a>"), html)
    }

    func testNamesAndPatternsStayLiteral() {
        let html = renderer.html(" Format: `projects/{project}`, or projects/*/topics/* for customer_id_list, see [docs](https://example.com/a_b).")
        XCTAssertTrue(html.contains("projects/*/topics/*"), html)
        XCTAssertTrue(html.contains("customer_id_list"), html)
        XCTAssertFalse(html.contains("<em>"), html)
        XCTAssertTrue(html.contains("<a href=\"https://example.com/a_b\">docs</a>"), html)
    }

    func testNoMarkupFromComments() {
        for comment in [" Format: projects/<project>/x `a` <script>alert(1)</script>",
                        " Click [me](javascript:alert(1)) `x`",
                        " Entity trick: &<script>alert(1)</script>; and `code`",
                        " ![img](https://evil.example/x.png) `x`",
                        " <img src=x onerror=alert(1)>\n\n `x`",
                        " [x](https://a.example/\"onmouseover=\"alert(1)) `y`"] {
            let html = renderer.html(comment)
            XCTAssertFalse(html.contains("<script"), html)
            XCTAssertFalse(html.contains("<img"), html)
            XCTAssertFalse(html.lowercased().contains("javascript:alert"), html)
            XCTAssertFalse(html.contains("onmouseover=\""), html)
            XCTAssertFalse(html.contains("onerror=") && html.contains("<img"), html)
        }
        let format = renderer.html(" Format: projects/<project>/x `a`")
        XCTAssertTrue(format.contains("projects/&lt;project&gt;/x"), format)
    }

    func testAllowlistKeepsOnlyKnownTags() {
        XCTAssertEqual(HTMLAllowlist.sanitize("<p class=\"x\">a</p><iframe src=x></iframe>"), "<p>a</p>&lt;iframe src=x&gt;&lt;/iframe&gt;")
        XCTAssertEqual(HTMLAllowlist.sanitize("<a href=\"https://x.example\">x</a><a href=\"javascript:y\">y</a>"),
                       "<a href=\"https://x.example\">x</a><a>y</a>")
        XCTAssertEqual(HTMLAllowlist.sanitize("a &amp; b &lt; c & d &#60; &bogus stuff;"), "a &amp; b &lt; c &amp; d &#60; &amp;bogus stuff;")
    }
}
