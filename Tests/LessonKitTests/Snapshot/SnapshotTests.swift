import LessonEvents
import TestSupport
import XCTest
@testable import LessonKit

final class SnapshotTests: XCTestCase {
    private let lesson = try! LessonParser.parse(path: "Lessons/02-fit.md", text: """
        Prose.

        ```{swift}
        //| id: tbl-fit
        print("mean:", 4.17)
        ```

        ```{swift}
        //| eval: false
        crash()
        ```

        The mean is `{swift} mean`.
        """)

    private func results(mean: String) -> LessonResults {
        var results = LessonResults(cellCount: 2)
        results.cells[0].ran = true
        results.cells[0].events = [
            .text("mean: \(mean)\n"),
            .table(TableData(caption: "Fit", columns: ["n", "mean"], alignments: [.right, .right], rows: [["10", mean]])),
            .figure(FigureData(svg: "<svg><path d=\"M 1 2 L 3 4\"/><text x=\"5\">μ</text></svg>", caption: "A line.")),
            .check(CheckRecord(passed: true, message: "close", file: "Lessons/02-fit.md", line: 5)),
        ]
        results.inlineValues = [0: mean]
        return results
    }

    func testTheRecordIsReadableAndHasNoLineNumbers() {
        XCTAssertEqual(SnapshotText.render(lesson, results: results(mean: "4.17")), """
            # Lessons/02-fit.md: what its cells show, recorded by 'lessons verify --update'.

            ## cell 1 (tbl-fit)
            text:
              mean: 4.17
            table:
              Fit
               n  mean
              --  ----
              10  4.17
            figure: A line.
              marks: path 1, svg 1, text 1
              labels: μ
              coordinates: 5, sum 15, min 1, max 5
            check passed: close

            ## cell 2
            not run (eval: false)

            ## inline values
            `mean` = 4.17

            """)
    }

    func testNumbersWithinTheToleranceAreTheSame() {
        let comparison = SnapshotComparison(tolerance: 1e-9)
        XCTAssertTrue(comparison.same("loss 0.6931471805599453 at 3", "loss 0.6931471805599454 at 3"))
        XCTAssertFalse(comparison.same("loss 0.6931 at 3", "loss 0.6932 at 3"))
        XCTAssertFalse(comparison.same("loss 0.6931 at 3", "gain 0.6931 at 3"))
        XCTAssertTrue(SnapshotComparison(tolerance: 1e-3).same("loss 0.6931", "loss 0.6932"))
    }

    func testADifferenceIsReportedPerCellWithADiff() {
        let old = SnapshotText.render(lesson, results: results(mean: "4.17"))
        let new = SnapshotText.render(lesson, results: results(mean: "4.25"))
        let differences = SnapshotComparison(tolerance: 1e-9).differences(snapshot: old, fresh: new)
        XCTAssertEqual(differences.map(\.header), ["## cell 1 (tbl-fit)", "## inline values"])
        XCTAssertEqual(differences[0].diff, ["-   mean: 4.17", "+   mean: 4.25", "-   10  4.17", "+   10  4.25"])
        XCTAssertEqual(differences[1].diff, ["- `mean` = 4.17", "+ `mean` = 4.25"])
    }

    func testStoreUpdatesComparesAndFreezes() throws {
        let store = SnapshotStore(root: TestSupport.temporaryFolder("snapshots"))
        XCTAssertFalse(store.exists)
        XCTAssertEqual(store.compare(lesson, results: results(mean: "4.17"), tolerance: 1e-9).map(\.message),
                       ["no snapshot of this lesson in Snapshots/02-fit.txt"])
        try store.update(lesson, results: results(mean: "4.17"))
        XCTAssertTrue(store.exists)
        XCTAssertEqual(store.compare(lesson, results: results(mean: "4.17"), tolerance: 1e-9), [])
        let drift = store.compare(lesson, results: results(mean: "4.18"), tolerance: 1e-9)
        XCTAssertEqual(drift.map(\.location), ["Lessons/02-fit.md:3", "Lessons/02-fit.md:13"])
        XCTAssertEqual(drift.first?.message.hasPrefix("cell 'tbl-fit' differs from its snapshot Snapshots/02-fit.txt"), true)
        XCTAssertEqual(store.compare(lesson, results: results(mean: "4.18"), tolerance: 0.01), [])
        XCTAssertEqual(try store.frozenResults(lesson).get(), results(mean: "4.17"))
        let edited = try LessonParser.parse(path: "Lessons/02-fit.md", text: "```{swift}\nprint(1)\n```\n")
        XCTAssertThrowsError(try store.frozenResults(edited).get(), "new cells have no snapshot")
    }

    func testTheToleranceIsACourseSetting() throws {
        XCTAssertEqual(try CourseFile.parse("snapshot-tolerance: 1e-6\n").snapshotTolerance, 1e-6)
        XCTAssertEqual(CourseInfo(title: "", description: "").snapshotTolerance, 1e-9)
        XCTAssertThrowsError(try CourseFile.parse("title: A\nsnapshot-tolerance: tight\n")) { error in
            XCTAssertEqual((error as? LessonError)?.location, "course.yml:2")
        }
    }
}
