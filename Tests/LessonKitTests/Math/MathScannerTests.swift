import LessonKit
import XCTest

final class MathScannerTests: XCTestCase {
    private func p(_ index: Int) -> String { MathScanner.placeholder(index) }

    func testInlineMathKeepsUnderscoresAndAsterisks() {
        let scan = MathScanner.scan("Let $a_1 * b_2$ and $c_*$ be.", firstLine: 1)
        XCTAssertEqual(scan.markdown, "Let \(p(0)) and \(p(1)) be.")
        XCTAssertEqual(scan.spans, [
            MathSpan(tex: "a_1 * b_2", display: false, line: 1, column: 5),
            MathSpan(tex: "c_*", display: false, line: 1, column: 21),
        ])
    }

    func testBackslashesInsideMathAreKept() {
        let scan = MathScanner.scan(#"Sets $\{x \mid x > 0\}$ and $a \\ b \$ c$."#, firstLine: 1)
        XCTAssertEqual(scan.spans.map(\.tex), [#"\{x \mid x > 0\}"#, #"a \\ b \$ c"#])
    }

    func testPricesStayText() {
        let text = "It costs $5 and $10, or $ 3$ or $4 $."
        let scan = MathScanner.scan(text, firstLine: 1)
        XCTAssertEqual(scan.markdown, text)
        XCTAssertEqual(scan.spans, [])
    }

    func testEscapedDollarStaysText() {
        let scan = MathScanner.scan(#"Pay \$x$ now, but $y$ is math."#, firstLine: 1)
        XCTAssertEqual(scan.markdown, #"Pay \$x$ now, but \#(p(0)) is math."#)
        XCTAssertEqual(scan.spans.map(\.tex), ["y"])
    }

    func testEscapedBackslashBeforeDollarOpensMath() {
        let scan = MathScanner.scan(#"A \\$x$."#, firstLine: 1)
        XCTAssertEqual(scan.markdown, #"A \\\#(p(0))."#)
    }

    func testUnclosedDollarIsText() {
        let text = "Only $x here.\n\nAnd $y on the next paragraph$."
        let scan = MathScanner.scan(text, firstLine: 1)
        XCTAssertEqual(scan.markdown, "Only $x here.\n\nAnd \(p(0)).")
        XCTAssertEqual(scan.spans, [MathSpan(tex: "y on the next paragraph", display: false, line: 3, column: 5)])
    }

    func testDollarsInCodeSpansAreLeftAlone() {
        let text = "Run `echo $HOME $x$` and ``a ` $b$ ` c`` then $d$."
        let scan = MathScanner.scan(text, firstLine: 1)
        XCTAssertEqual(scan.markdown, "Run `echo $HOME $x$` and ``a ` $b$ ` c`` then \(p(0)).")
        XCTAssertEqual(scan.spans.map(\.tex), ["d"])
    }

    func testUnmatchedBacktickRunIsText() {
        let scan = MathScanner.scan("A `` lone $x$.", firstLine: 1)
        XCTAssertEqual(scan.markdown, "A `` lone \(p(0)).")
    }

    func testDollarsInHTMLCodeAreLeftAlone() {
        let text = "See <code>$x$</code> and <CODE class=\"a\">$y$</CODE>, not $z$."
        let scan = MathScanner.scan(text, firstLine: 1)
        XCTAssertEqual(scan.spans.map(\.tex), ["z"])
    }

    func testDollarsInFencedCodeBlocksAreLeftAlone() {
        let text = """
            Before $a$.

            ```swift
            let s = "$x$"
            ```

              ~~~~
              $y$
              ~~~
              $z$
              ~~~~
            After $b$.
            ````{swift}
            ```
            $c$
            ````
            """
        let scan = MathScanner.scan(text, firstLine: 10)
        XCTAssertEqual(scan.spans, [
            MathSpan(tex: "a", display: false, line: 10, column: 8),
            MathSpan(tex: "b", display: false, line: 21, column: 7),
        ])
    }

    func testUnclosedFenceRunsToTheEnd() {
        let scan = MathScanner.scan("```\n$x$\n", firstLine: 1)
        XCTAssertEqual(scan.spans, [])
    }

    func testDollarsInIndentedCodeAreLeftAlone() {
        let text = """
            Text $a$
                continued $b$.

                code $c$

            - item $d$

                  nested paragraph $e$
            """
        let scan = MathScanner.scan(text, firstLine: 1)
        XCTAssertEqual(scan.spans.map(\.tex), ["a", "b", "d", "e"])
    }

    func testDisplayMathAcrossLines() {
        let text = """
            The objective is
            $$
            \\min_G \\max_D V(D, G)
            $$
            where $D$ is the detective.

            Next paragraph.
            """
        let scan = MathScanner.scan(text, firstLine: 5)
        XCTAssertEqual(scan.markdown, """
            The objective is
            \(p(0))
            where \(p(1)) is the detective.



            Next paragraph.
            """)
        XCTAssertEqual(scan.spans, [
            MathSpan(tex: "\n\\min_G \\max_D V(D, G)\n", display: true, line: 6, column: 1),
            MathSpan(tex: "D", display: false, line: 9, column: 7),
        ])
    }

    func testDisplayMathStopsAtBlankLine() {
        let text = "$$a\n\nb$$"
        let scan = MathScanner.scan(text, firstLine: 1)
        XCTAssertEqual(scan.markdown, text)
        XCTAssertEqual(scan.spans, [])
    }

    func testDisplayMathOwedNewlinesComeBeforeCodeBlock() {
        let text = "$$a\nb$$\n```\ncode\n```"
        let scan = MathScanner.scan(text, firstLine: 1)
        XCTAssertEqual(scan.markdown, "\(p(0))\n\n```\ncode\n```")
        XCTAssertEqual(scan.markdown.split(separator: "\n", omittingEmptySubsequences: false).count, 5)
    }

    func testInlineDisplayMathOnOneLine() {
        let scan = MathScanner.scan("So $$x^2$$ and $y$.", firstLine: 3)
        XCTAssertEqual(scan.spans, [
            MathSpan(tex: "x^2", display: true, line: 3, column: 4),
            MathSpan(tex: "y", display: false, line: 3, column: 16),
        ])
    }

    func testColumnsCountCharacters() {
        let scan = MathScanner.scan("é👍🏽 $x$\r\nab $y$", firstLine: 1)
        XCTAssertEqual(scan.spans, [
            MathSpan(tex: "x", display: false, line: 1, column: 4),
            MathSpan(tex: "y", display: false, line: 2, column: 4),
        ])
    }

    func testPlaceholderRanges() {
        let scan = MathScanner.scan("A $x$ b $y$ c.", firstLine: 1)
        let found = MathScanner.placeholderRanges(in: scan.markdown)
        XCTAssertEqual(found.map(\.index), [0, 1])
        XCTAssertEqual(found.map { String(scan.markdown[$0.range]) }, [p(0), p(1)])
        XCTAssertEqual(MathScanner.placeholderRanges(in: "\u{E000}x\u{E001} \u{E000}7").count, 0)
    }

    func testInlineMathMaySpanOneNewline() {
        let scan = MathScanner.scan("Let $a +\nb$ be.\nNext line.", firstLine: 1)
        XCTAssertEqual(scan.markdown, "Let \(p(0)) be.\nNext line.\n")
        XCTAssertEqual(scan.spans, [MathSpan(tex: "a +\nb", display: false, line: 1, column: 5)])
    }

    func testEmptyDisplayDelimitersAreText() {
        let text = "Four $$$$ and $$ $$ and a last $"
        let scan = MathScanner.scan(text, firstLine: 1)
        XCTAssertEqual(scan.markdown, text)
        XCTAssertEqual(scan.spans, [])
    }

    func testDollarsInPreElementsAreLeftAlone() {
        let text = "<pre>\n$x$\n\n$y$\n</pre>\n\n$z$"
        let scan = MathScanner.scan(text, firstLine: 1)
        XCTAssertEqual(scan.spans.map(\.tex), ["z"])
    }

    func testMathInListItemsAndHeadings() {
        let text = """
            # The value $V(D, G)$

            1. first $p_g$
               continued $p_{data}$
            2. second
            """
        let scan = MathScanner.scan(text, firstLine: 3)
        XCTAssertEqual(scan.spans, [
            MathSpan(tex: "V(D, G)", display: false, line: 3, column: 13),
            MathSpan(tex: "p_g", display: false, line: 5, column: 10),
            MathSpan(tex: "p_{data}", display: false, line: 6, column: 14),
        ])
    }

    func testLocationOfAnErrorOffset() throws {
        let scan = MathScanner.scan("A $x + \\foo$ and\n$$\na \\\\\n\\bar\n$$", firstLine: 7)
        let inline = try XCTUnwrap(scan.spans.first)
        XCTAssert(inline.location(ofTeXOffset: 4) == (7, 8))
        let display = try XCTUnwrap(scan.spans.last)
        XCTAssertEqual(display.tex, "\na \\\\\n\\bar\n")
        XCTAssert(display.location(ofTeXOffset: 0) == (8, 3))
        XCTAssert(display.location(ofTeXOffset: 6) == (10, 1))
    }
}
