import CCmark
import LessonKit
import XCTest

/// Checks that cmark passes placeholders through untouched, in the places math appears in lessons.
final class MathPlaceholderCmarkTests: XCTestCase {
    private func html(_ markdown: String) -> String {
        let pointer = cmark_markdown_to_html(markdown, markdown.utf8.count, CMARK_OPT_DEFAULT)!
        defer { free(pointer) }
        return String(cString: pointer)
    }

    private func p(_ index: Int) -> String { MathScanner.placeholder(index) }

    func testEmphasisMarkersInsideMathDoNotReachCmark() {
        let scan = MathScanner.scan("Both $a*b$ and $c*d$, $x_1$ and $y_2$.", firstLine: 1)
        XCTAssertEqual(html(scan.markdown), "<p>Both \(p(0)) and \(p(1)), \(p(2)) and \(p(3)).</p>\n")
    }

    func testDisplayMathInsideAParagraphKeepsTheParagraph() {
        let scan = MathScanner.scan("The objective is\n$$\n\\min_G \\max_D V\n$$\nwhere $D$ decides.\n\nNext.", firstLine: 1)
        XCTAssertEqual(html(scan.markdown), "<p>The objective is\n\(p(0))\nwhere \(p(1)) decides.</p>\n<p>Next.</p>\n")
    }

    func testDisplayMathAloneIsItsOwnParagraph() {
        let scan = MathScanner.scan("Text.\n\n$$\na_1\n$$\n\n- item $x^*$\n\n# Title $\\alpha$", firstLine: 1)
        XCTAssertEqual(html(scan.markdown), """
            <p>Text.</p>
            <p>\(p(0))</p>
            <ul>
            <li>item \(p(1))</li>
            </ul>
            <h1>Title \(p(2))</h1>

            """)
    }

    func testPlaceholdersInsideLinksAndEmphasis() {
        let scan = MathScanner.scan("*see $x$* and [the $p_g$ curve](#fig)", firstLine: 1)
        let output = html(scan.markdown)
        XCTAssertEqual(output, "<p><em>see \(p(0))</em> and <a href=\"#fig\">the \(p(1)) curve</a></p>\n")
        XCTAssertEqual(MathScanner.placeholderRanges(in: output).map(\.index), [0, 1])
    }
}
