import XCTest
@testable import LessonKit

final class SwiftHighlighterTests: XCTestCase {
    func testKeywordsTypesAndNumbers() {
        XCTAssertEqual(SwiftHighlighter.highlightLines("let x: Int = 42\nvar y = 1.5"), [
            #"<span class="hl-keyword">let</span> x: <span class="hl-type">Int</span> = <span class="hl-number">42</span>"#,
            #"<span class="hl-keyword">var</span> y = <span class="hl-number">1.5</span>"#,
        ])
    }

    func testStringLiteralsAndArgumentLabels() {
        XCTAssertEqual(SwiftHighlighter.highlightLines(#"check(ok, message: "fine")"#), [
            #"check(ok, <span class="hl-argument-label">message</span>: "#
                + #"<span class="hl-string">&quot;fine&quot;</span>)"#,
        ])
    }

    func testComments() {
        XCTAssertEqual(SwiftHighlighter.highlightLines("/// Doc.\nf() // <1>"), [
            #"<span class="hl-doc-comment">/// Doc.</span>"#,
            #"f() <span class="hl-comment">// &lt;1&gt;</span>"#,
        ])
    }

    /// The indentation a multi-line string strips is left outside the string span.
    func testMultiLineSpansAreSplitAtEachLine() {
        let code = "/* one\n   two */\nlet s = \"\"\"\n  a\n  \"\"\""
        XCTAssertEqual(SwiftHighlighter.highlightLines(code), [
            #"<span class="hl-comment">/* one</span>"#,
            #"<span class="hl-comment">   two */</span>"#,
            #"<span class="hl-keyword">let</span> s = <span class="hl-string">&quot;&quot;&quot;</span>"#,
            #"  <span class="hl-string">a</span>"#,
            #"  <span class="hl-string">&quot;&quot;&quot;</span>"#,
        ])
    }

    func testEscapesScriptInStringLiteral() {
        let lines = SwiftHighlighter.highlightLines(#"print("<script>alert('x')</script>")"#)
        XCTAssertEqual(lines, [
            #"print(<span class="hl-string">&quot;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;</span>)"#,
        ])
    }

    func testLineCountFollowsSourceLines() {
        XCTAssertEqual(SwiftHighlighter.highlightLines(""), [])
        XCTAssertEqual(SwiftHighlighter.highlightLines("a\n\nb\n"), ["a", "", "b"])
        XCTAssertEqual(SwiftHighlighter.highlightLines("a\r\nb"), ["a", "b"])
    }

    func testKeepsEveryCharacterOfInvalidAndNonASCIICode() {
        let code = "let café = \"🎲\" +\n  func ) {{ @@ `x`\n\t#if DEBUG\n/* unterminated"
        let lines = SwiftHighlighter.highlightLines(code)
        XCTAssertEqual(lines.map(plainText), code.components(separatedBy: "\n"))
    }

    func testEscapeLinesEscapesWithoutHighlighting() {
        XCTAssertEqual(SwiftHighlighter.escapeLines("if a < b && c > d {\n  \"x\"\n}\n"), [
            "if a &lt; b &amp;&amp; c &gt; d {", "  &quot;x&quot;", "}",
        ])
    }

    // MARK: - Helpers

    /// The source text of a highlighted line: tags removed, character references decoded.
    private func plainText(_ html: String) -> String {
        html.replacing(/<[^>]*>/, with: "")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
