import LessonEvents
import XCTest
@testable import LessonKit

/// Regression: a cell that showed a plot and a table under one caption numbered both "Figure 3".
final class OutputNumberingTests: XCTestCase {
    private let text = """
    See @fig-costs, @tbl-first and @fig-late.

    ```{swift}
    //| id: tbl-first
    //| caption: The first table.
    ```

    ```{swift}
    //| id: fig-costs
    //| caption: Three costs.
    ```

    ```{swift}
    //| id: fig-late
    ```
    """

    private func page(_ events: [[CellEvent]]) throws -> RenderedPage {
        let lesson = try LessonParser.parse(path: "Lessons/04-numbers.md", text: text)
        var results = LessonResults(cellCount: lesson.cells.count)
        for (index, cellEvents) in events.enumerated() { results.cells[index].events = cellEvents }
        return PageRenderer.render(lesson, results: results)
    }

    private let plot = CellEvent.figure(FigureData(svg: "<svg></svg>", caption: nil))
    private func table(_ caption: String?) -> CellEvent {
        .table(TableData(caption: caption, columns: ["x"], alignments: [.left], rows: [["1"]]))
    }

    func testAPlotAndATableInOneCellEachGetTheirOwnNumberAndCaption() throws {
        let html = try page([[table(nil)], [plot, table("Slopes.")], [plot]]).bodyHTML
        XCTAssertTrue(html.contains("<caption>Table 1: The first table.</caption>"), html)
        XCTAssertTrue(html.contains("<figcaption>Figure 1: Three costs.</figcaption>"), html)
        XCTAssertTrue(html.contains("<caption>Table 2: Slopes.</caption>"), html)
        XCTAssertTrue(html.contains("<figcaption>Figure 2</figcaption>"), html)
        XCTAssertFalse(html.contains("Figure 1: Slopes."), html)
        XCTAssertTrue(html.contains(
            "See <a href=\"#fig-costs\">Figure 1</a>, <a href=\"#tbl-first\">Table 1</a> and <a href=\"#fig-late\">Figure 2</a>."),
            html)
    }

    func testAFurtherOutputWithoutCaptionDoesNotRepeatTheCellCaption() throws {
        let html = try page([[], [plot, plot], []]).bodyHTML
        XCTAssertTrue(html.contains("<figcaption>Figure 1: Three costs.</figcaption>"), html)
        XCTAssertTrue(html.contains("<figcaption>Figure 2</figcaption>"), html)
        XCTAssertEqual(html.components(separatedBy: "Three costs.").count, 2, html)
        XCTAssertTrue(html.contains("<a href=\"#fig-late\">Figure 3</a>"), html)
    }

    func testACellThatShowedNothingKeepsItsNumberSoReferencesStayRight() throws {
        let html = try page([[], [], [plot]]).bodyHTML
        XCTAssertTrue(html.contains(
            "See <a href=\"#fig-costs\">Figure 1</a>, <a href=\"#tbl-first\">Table 1</a> and <a href=\"#fig-late\">Figure 2</a>."),
            html)
        XCTAssertTrue(html.contains("<figcaption>Figure 2</figcaption>"), html)
    }
}
