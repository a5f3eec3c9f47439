import LessonEvents
import XCTest
@testable import LessonKit

final class PageRendererTests: XCTestCase {
    private func render(_ text: String, results: ((Lesson) -> LessonResults)? = nil) throws -> RenderedPage {
        let lesson = try LessonParser.parse(path: "Lessons/02-render.md", text: text)
        return PageRenderer.render(lesson, results: results?(lesson) ?? LessonResults(cellCount: lesson.cells.count))
    }

    func testPlainMarkdownRendersAsCmarkDoes() throws {
        let markdown = """
        Paragraph with *emphasis*, **strong**, `code`, a [link](https://example.org "title") and ![img](a.png).

        > A quote
        > over two lines.

        - tight
        - list

        1. loose

        2. ordered

        3) paren list

        ```python
        print("<b>")
        ```

            indented code

        <div class="raw">raw *html*</div>

        ***

        Hard  
        break and soft
        break, an <span>inline</span> tag & an entity &copy;.
        """
        let page = try render(markdown)
        XCTAssertEqual(page.bodyHTML, CommonMark.referenceHTML(markdown))
    }

    func testHeadingsGetUniqueIDs() throws {
        let page = try render("## The minimax game\n\n## The minimax game\n\n### Why `log`?\n")
        XCTAssertEqual(page.headings.map(\.id), ["the-minimax-game", "the-minimax-game-2", "why-log"])
        XCTAssertTrue(page.bodyHTML.contains("<h2 id=\"the-minimax-game\">The minimax game <a class=\"anchor\""))
        XCTAssertTrue(page.bodyHTML.contains("<h3 id=\"why-log\">Why <code>log</code>?"))
    }

    func testPrintedMarkupIsEscaped() throws {
        let page = try render("```{swift}\nprint(\"<script>alert(1)</script>\")\n```\n") { lesson in
            var results = LessonResults(cellCount: 1)
            results.cells[0].events = [.text("<script>alert(1)</script>\n")]
            results.cells[0].ran = true
            return results
        }
        XCTAssertFalse(page.bodyHTML.contains("<script>"))
        XCTAssertTrue(page.bodyHTML.contains("<pre class=\"cell-output\">&lt;script&gt;alert(1)&lt;/script&gt;\n</pre>"))
    }

    func testCrossReferencesNumberFiguresAndTables() throws {
        let text = """
        See @fig-b, @tbl-t and @fig-a; mail me at a@fig-a.org.

        ```{swift}
        //| id: fig-a
        ```

        ```{swift}
        //| id: tbl-t
        ```

        ```{swift}
        //| id: fig-b
        ```
        """
        let page = try render(text)
        XCTAssertTrue(page.bodyHTML.contains(
            "See <a href=\"#fig-b\">Figure 2</a>, <a href=\"#tbl-t\">Table 1</a> and <a href=\"#fig-a\">Figure 1</a>; mail me at a@fig-a.org."))
    }

    func testUnknownReferenceIsAParseErrorNamingLineAndColumn() {
        XCTAssertThrowsError(try render("Intro.\n\nAs @fig-missing shows.\n")) { error in
            let error = (error as? LessonErrors)?.errors.first
            XCTAssertEqual(error?.location, "Lessons/02-render.md:3:4")
            XCTAssertEqual(error?.message, "unknown reference '@fig-missing'")
        }
    }

    func testReferenceInCodeIsLeftAlone() throws {
        XCTAssertTrue(try render("Write `@fig-x` to refer.\n").bodyHTML.contains("<code>@fig-x</code>"))
    }

    func testInlineValueAndAnnotations() throws {
        let text = "```{swift}\nlet m = 4 // <1>\n```\n1. The *mean*.\n\nThe mean is `{swift} m`.\n"
        let page = try render(text) { _ in
            var results = LessonResults(cellCount: 1)
            results.inlineValues = [0: "4 < 5"]
            return results
        }
        XCTAssertTrue(page.bodyHTML.contains("The mean is <span class=\"inline-value\">4 &lt; 5</span>."))
        XCTAssertTrue(page.bodyHTML.contains("<a class=\"annotation-badge\" href=\"#02-render-cell-1-note-1\""))
        XCTAssertTrue(page.bodyHTML.contains("<li value=\"1\" id=\"02-render-cell-1-note-1\">The <em>mean</em>.</li>"))
    }

    func testEchoFalseHidesCodeAndOutputFalseHidesResults() throws {
        let page = try render("```{swift}\n//| echo: false\nprint(1)\n```\n\n```{swift}\n//| output: false\nprint(2)\n```\n") { _ in
            var results = LessonResults(cellCount: 2)
            results.cells[0].events = [.text("one\n")]
            results.cells[1].events = [.text("two\n")]
            return results
        }
        XCTAssertFalse(page.bodyHTML.contains("print(1)"))
        XCTAssertTrue(page.bodyHTML.contains("one"))
        XCTAssertEqual(page.bodyHTML.components(separatedBy: "class=\"cell-code\"").count, 2, "only the second cell shows its code")
        XCTAssertFalse(page.bodyHTML.contains("two"))
    }

    func testFailedCheckShowsAsAFailureBox() throws {
        let page = try render("```{swift}\ncheck(false, \"a < b\")\n```\n") { _ in
            var results = LessonResults(cellCount: 1)
            results.cells[0].events = [.check(CheckRecord(passed: false, message: "a < b", file: "Lessons/02-render.md", line: 2))]
            return results
        }
        XCTAssertTrue(page.bodyHTML.contains("<div class=\"check-failed\" role=\"alert\">✗ a &lt; b"))
    }
}

final class PageMathTests: XCTestCase {
    private func render(_ text: String) throws -> RenderedPage {
        let lesson = try LessonParser.parse(path: "Lessons/03-math.md", text: text)
        return PageRenderer.render(lesson, results: LessonResults(cellCount: lesson.cells.count))
    }

    func testMathIsProtectedFromEmphasisAndEscapes() throws {
        let page = try render("Both $a_1 * b_2$ and $x_{i} * y_{j}$ stay math, \\{ and *this* is emphasis.\n")
        XCTAssertFalse(page.bodyHTML.contains("<em>1 * b</em>"))
        XCTAssertTrue(page.bodyHTML.contains("<em>this</em>"))
        XCTAssertEqual(page.bodyHTML.components(separatedBy: "<math").count, 3)
        XCTAssertTrue(page.bodyHTML.contains("<msub><mi>a</mi><mn>1</mn></msub>"), page.bodyHTML)
    }

    func testDollarsInCodePricesAndEscapesStayText() throws {
        let page = try render("Costs $5 and $10.\n\nAn escaped \\$x$ and `$y$` in code.\n\n```\n$z$\n```\n")
        XCTAssertFalse(page.bodyHTML.contains("<math"), page.bodyHTML)
        XCTAssertTrue(page.bodyHTML.contains("<p>Costs $5 and $10.</p>"))
        XCTAssertTrue(page.bodyHTML.contains("<p>An escaped $x$ and <code>$y$</code> in code.</p>"))
        XCTAssertTrue(page.bodyHTML.contains("<pre><code>$z$\n</code></pre>"))
    }

    func testDisplayMath() throws {
        let page = try render("Before.\n\n$$\\min_G \\max_D V(D, G)$$\n\nAfter.\n")
        XCTAssertTrue(page.bodyHTML.contains("display=\"block\""), page.bodyHTML)
        XCTAssertTrue(page.bodyHTML.contains("<munder>"), page.bodyHTML)
    }

    func testUnknownCommandNamesLineAndColumn() {
        XCTAssertThrowsError(try render("---\ntitle: M\n---\nIntro.\n\nThen $x + \\foo$ here.\n")) { error in
            let error = (error as? LessonErrors)?.errors.first
            XCTAssertEqual(error?.location, "Lessons/03-math.md:6:11")
            XCTAssertEqual(error?.message, "in math: unknown command \\foo")
        }
    }

    func testUnbalancedBraceInDisplayMathOnALaterLine() {
        XCTAssertThrowsError(try render("$$\na = b\n\\frac{1{2}\n$$\n")) { error in
            let error = (error as? LessonErrors)?.errors.first
            XCTAssertEqual(error?.line, 3)
            XCTAssertTrue(error?.message.hasPrefix("in math: unbalanced brace") ?? false, error?.message ?? "")
        }
    }

    func testHeadingWithMathGetsAnIDAndTextFromItsTeX() throws {
        let page = try render("## The optimal $D^*$\n\nProse on $\\mathbb{E}[x]$.\n")
        XCTAssertEqual(page.headings, [PageHeading(level: 2, id: "the-optimal-d", text: "The optimal D^*")])
        XCTAssertFalse(page.plainText.contains("mathbb"), "TeX is not searchable text: \(page.plainText)")
    }
}
