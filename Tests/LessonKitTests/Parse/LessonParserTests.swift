import XCTest
@testable import LessonKit

final class LessonParserTests: XCTestCase {
    private func parse(_ text: String) throws(LessonError) -> Lesson {
        try LessonParser.parse(path: "Lessons/01-test.md", text: text)
    }

    private func parseError(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> LessonError? {
        do {
            _ = try parse(text)
            XCTFail("expected a parse error", file: file, line: line)
            return nil
        } catch {
            return error
        }
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
        XCTAssertEqual(error?.location, "Lessons/01-test.md:8")
        XCTAssertEqual(error?.message, "unknown cell option 'colour'")
        XCTAssertEqual(error?.hint, "known options: id, caption, echo, output, eval, error, timeout, output-lines")
    }

    func testBadOptionValues() {
        XCTAssertEqual(parseError("```{swift}\n//| echo: maybe\n```\n")?.message, "cell option 'echo' takes true or false, not 'maybe'")
        XCTAssertEqual(parseError("```{swift}\n//| timeout: -1\n```\n")?.message, "cell option 'timeout' takes a positive number of seconds, not '-1'")
        XCTAssertEqual(parseError("```{swift}\n//| error: sometimes\n```\n")?.message, "cell option 'error' takes 'expected', not 'sometimes'")
        XCTAssertEqual(parseError("```{swift}\n//| id: 3d plot\n```\n")?.location, "Lessons/01-test.md:2")
    }

    func testDuplicateIDNamesTheSecondCell() {
        let error = parseError("```{swift}\n//| id: fig-a\n```\n\n```{swift}\n//| id: fig-a\n```\n")
        XCTAssertEqual(error?.location, "Lessons/01-test.md:6")
        XCTAssertEqual(error?.message, "duplicate cell id 'fig-a'")
    }

    func testAnnotationsAreRemovedFromCode() throws {
        let lesson = try parse("```{swift}\nlet a = 1 // <1>\nlet b = 2   // <2>\n```\n1. First.\n2. Second.\n")
        XCTAssertEqual(lesson.cells[0].code, "let a = 1\nlet b = 2")
        XCTAssertEqual(lesson.cells[0].annotations, [CodeAnnotation(codeLine: 0, number: 1), CodeAnnotation(codeLine: 1, number: 2)])
    }

    func testMarkerWithoutItem() {
        let error = parseError("```{swift}\nlet a = 1 // <1>\nlet b = 2 // <2>\n```\n1. First.\n")
        XCTAssertEqual(error?.location, "Lessons/01-test.md:3")
        XCTAssertEqual(error?.message, "annotation <2> has no item in the list after the cell")
    }

    func testMarkerWithoutList() {
        let error = parseError("Intro\n\n```{swift}\nlet a = 1 // <1>\n```\n\nProse.\n")
        XCTAssertEqual(error?.location, "Lessons/01-test.md:4")
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
    }

    func testFrontMatterErrors() {
        XCTAssertEqual(parseError("---\ntitel: X\n---\n")?.location, "Lessons/01-test.md:2")
        XCTAssertEqual(parseError("---\ntitel: X\n---\n")?.message, "unknown front matter key 'titel'")
        XCTAssertEqual(parseError("---\ntitle: X\n")?.message, "front matter is never closed")
    }

    func testPlainSwiftBlocksAreNotCells() throws {
        XCTAssertTrue(try parse("```swift\nlet a = 1\n```\n").cells.isEmpty)
    }
}
