import TeXMath
import XCTest
@testable import LessonKit

final class LessonParserTests: XCTestCase {
    private func parse(_ text: String) throws(LessonErrors) -> Lesson {
        try LessonParser.parse(path: "Lessons/01-test.md", text: text)
    }

    /// Every error of a lesson that must not parse.
    private func parseErrors(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> [LessonError] {
        do {
            _ = try parse(text)
            XCTFail("expected a parse error", file: file, line: line)
            return []
        } catch {
            return error.errors
        }
    }

    /// The first error of a lesson that must not parse.
    private func parseError(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> LessonError? {
        parseErrors(text, file: file, line: line).first
    }

    func testFrontMatterCellsAndLines() throws {
        let lesson = try parse("""
        ---
        title: "Maximum likelihood"
        summary: Fitting a Gaussian.
        ---
        Prose.

        ```{swift}
        //| id: fig-loglik
        //| caption: A caption.
        let a = 1
        ```

        ```swift
        let shown = 1
        ```
        """)
        XCTAssertEqual(lesson.title, "Maximum likelihood")
        XCTAssertEqual(lesson.summary, "Fitting a Gaussian.")
        XCTAssertEqual(lesson.slug, "01-test")
        XCTAssertEqual(lesson.cells.count, 1)
        let cell = lesson.cells[0]
        XCTAssertEqual(cell.fenceLine, 7)
        XCTAssertEqual(cell.codeFirstLine, 10)
        XCTAssertEqual(cell.code, "let a = 1")
        XCTAssertEqual(cell.options.id, "fig-loglik")
        XCTAssertEqual(cell.options.caption, "A caption.")
    }

    func testEveryOption() throws {
        let lesson = try parse("""
        ```{swift}
        //| echo: false
        //| output: false
        //| eval: false
        //| error: expected
        //| timeout: 2.5
        x
        ```
        """)
        let options = lesson.cells[0].options
        XCTAssertFalse(options.echo)
        XCTAssertFalse(options.output)
        XCTAssertFalse(options.eval)
        XCTAssertEqual(options.error, .expected)
        XCTAssertEqual(options.timeout, 2.5)
    }

    func testUnknownOptionNamesItsLine() {
        let error = parseError("Text\n\n```{swift}\nlet a = 1\n```\n\n```{swift}\n//| colour: red\n```\n")
        XCTAssertEqual(error?.location, "Lessons/01-test.md:8:5")
        XCTAssertEqual(error?.message, "unknown cell option 'colour'")
        XCTAssertEqual(error?.hint, "known options: id, caption, echo, output, eval, error, timeout, output-lines")
    }

    func testBadOptionValues() {
        XCTAssertEqual(parseError("```{swift}\n//| echo: maybe\n```\n")?.message, "cell option 'echo' takes true or false, not 'maybe'")
        XCTAssertEqual(parseError("```{swift}\n//| timeout: -1\n```\n")?.message, "cell option 'timeout' takes a positive number of seconds, not '-1'")
        XCTAssertEqual(parseError("```{swift}\n//| error: sometimes\n```\n")?.message, "cell option 'error' takes 'expected', not 'sometimes'")
        XCTAssertEqual(parseError("```{swift}\n//| id: 3d plot\n```\n")?.location, "Lessons/01-test.md:2:5")
    }

    func testDuplicateIDNamesTheLineOfTheSecondID() {
        let error = parseError("```{swift}\n//| id: fig-a\n```\n\n```{swift}\n//| echo: false\n//| id: fig-a\n```\n")
        XCTAssertEqual(error?.location, "Lessons/01-test.md:7")
    }

    func testDuplicateIDNamesTheSecondCell() {
        let error = parseError("```{swift}\n//| id: fig-a\n```\n\n```{swift}\n//| id: fig-a\n```\n")
        XCTAssertEqual(error?.location, "Lessons/01-test.md:6")
        XCTAssertEqual(error?.message, "duplicate cell id 'fig-a'")
    }

    func testAnnotationsAreRemovedFromCode() throws {
        let lesson = try parse("```{swift}\nlet a = 1 // <1>\nlet b = 2   // <2>\n```\n1. First.\n2. Second.\n")
        XCTAssertEqual(lesson.cells[0].code, "let a = 1\nlet b = 2")
        XCTAssertEqual(lesson.cells[0].annotations, [
            CodeAnnotation(codeLine: 0, number: 1, column: 11), CodeAnnotation(codeLine: 1, number: 2, column: 13),
        ])
    }

    func testMarkerWithoutItem() {
        let error = parseError("```{swift}\nlet a = 1 // <1>\nlet b = 2 // <2>\n```\n1. First.\n")
        XCTAssertEqual(error?.location, "Lessons/01-test.md:3:11")
        XCTAssertEqual(error?.message, "annotation <2> has no item in the list after the cell")
    }

    func testMarkerWithoutList() {
        let error = parseError("Intro\n\n```{swift}\nlet a = 1 // <1>\n```\n\nProse.\n")
        XCTAssertEqual(error?.location, "Lessons/01-test.md:4:11")
        XCTAssertEqual(error?.message, "annotation <1> has no explanation")
    }

    func testItemWithoutMarker() {
        let error = parseError("```{swift}\nlet a = 1 // <1>\n```\n1. First.\n2. Second.\n")
        XCTAssertEqual(error?.location, "Lessons/01-test.md:5")
        XCTAssertEqual(error?.message, "list item 2 after cell 1 explains no marker")
    }

    func testInlineExpressionsAndTheirLines() throws {
        let lesson = try parse("---\ntitle: T\n---\nFirst line.\nThe mean is `{swift} fit.mean` and\nthe std `{swift} fit.std`.\n\nCode `{swift}` alone and `plain`.\n")
        XCTAssertEqual(lesson.inlineExpressions.map(\.expression), ["fit.mean", "fit.std"])
        XCTAssertEqual(lesson.inlineExpressions.map(\.line), [5, 6])
        XCTAssertEqual(lesson.inlineExpressions.map(\.column), [13, 9])
    }

    func testFrontMatterErrors() {
        XCTAssertEqual(parseError("---\ntitel: X\n---\n")?.location, "Lessons/01-test.md:2")
        XCTAssertEqual(parseError("---\ntitel: X\n---\n")?.message, "unknown front matter key 'titel'")
        XCTAssertEqual(parseError("---\ntitle: X\n")?.message, "front matter is never closed")
    }

    func testPlainSwiftBlocksAreNotCells() throws {
        XCTAssertTrue(try parse("```swift\nlet a = 1\n```\n").cells.isEmpty)
    }

    func testEveryErrorIsReportedAtOnceInFileOrder() {
        let errors = parseErrors("""
        ---
        title: Many mistakes
        ---
        See @fig-nowhere and $\\nope$.

        ```{swift}
        //| colour: red
        //| echo: maybe
        let a = 1 // <1>
        ```

        Read [the missing part](#nothing-here).
        """)
        XCTAssertEqual(errors.map(\.location), [
            "Lessons/01-test.md:4:5", "Lessons/01-test.md:4:23", "Lessons/01-test.md:7:5", "Lessons/01-test.md:8:5",
            "Lessons/01-test.md:9:11", "Lessons/01-test.md:12:25",
        ])
        XCTAssertEqual(errors.map(\.message), [
            "unknown reference '@fig-nowhere'", "in math: unknown command \\nope", "unknown cell option 'colour'",
            "cell option 'echo' takes true or false, not 'maybe'", "annotation <1> has no explanation",
            "link to '#nothing-here': this lesson has no heading or cell with that id",
        ])
    }

    func testABadFrontMatterDoesNotHideErrorsInTheBody() {
        let errors = parseErrors("---\ntitel: X\n---\nSee @tbl-none.\n")
        XCTAssertEqual(errors.map(\.location), ["Lessons/01-test.md:2", "Lessons/01-test.md:4:5"])
    }

    func testTheDocumentHoldsCellsInlineValuesReferencesAndFormulas() throws {
        let lesson = try parse("## Fit $x$\n\n```{swift}\n//| id: fig-a\nlet m = 1 // <1>\n```\n1. A note.\n\nSee @fig-a: `{swift} m`.\n")
        let kinds = lesson.document.children.map(\.kind)
        XCTAssertEqual(kinds.count, 3, "the annotation list belongs to the cell")
        XCTAssertEqual(kinds[0], .heading(level: 2, id: "fit-x"))
        XCTAssertEqual(kinds[1], .cell(index: 0, notes: [1]))
        XCTAssertEqual(lesson.document.children[0].children.last?.kind, .math(
            tex: "x", mathML: try TeXToMathML.convert("x", display: false)))
        XCTAssertEqual(lesson.document.children[2].children.map(\.kind), [
            .text("See "), .reference(id: "fig-a"), .text(": "), .inlineValue(index: 0), .text("."),
        ])
        XCTAssertEqual(lesson.anchors, ["fit-x", "fig-a", "fig-a-note-1"])
    }

    func testLinksToAnchorsOfThisLessonAreChecked() throws {
        let lesson = try parse("## Results\n\nSee [results](#results), [the cell](#fig-a) and [a site](https://example.org/#x).\n\n```{swift}\n//| id: fig-a\n```\n")
        XCTAssertEqual(lesson.links.map(\.url), ["#results", "#fig-a", "https://example.org/#x"])
        XCTAssertEqual(lesson.links.map(\.column), [15, 37, 58])
    }

    func testPlacesAfterAFormulaOverSeveralLinesAreTheirOwn() {
        let errors = parseErrors("Before\n$$\na = b\n$$\nand @fig-none, then `{swift} 1`.\n")
        XCTAssertEqual(errors.map(\.location), ["Lessons/01-test.md:5:5"])
    }
}
