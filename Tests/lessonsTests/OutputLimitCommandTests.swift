import Foundation
import TestSupport
import XCTest

/// A cell that prints a lot: the page shows its first and last lines, `lessons run` prints them all.
final class OutputLimitCommandTests: XCTestCase {
    func testThePageIsBoundedAndRunPrintsEverything() throws {
        let course = TemporaryCourse(lessons: ["01-loud.md": """
            # A loud lesson

            ```{swift}
            //| output-lines: 3
            for step in 0..<1000 { print("step", step) }
            ```
            """])
        let build = try course.lessons(["build"])
        XCTAssertEqual(build.status, 0, build.stderr)
        let page = try XCTUnwrap(course.read("Output/01-loud.html"))
        XCTAssertTrue(page.contains("step 2\n[… 994 lines omitted; "), page)
        XCTAssertTrue(page.contains("step 997\nstep 998\nstep 999\n"))
        XCTAssertFalse(page.contains("step 500\n"))
        XCTAssertEqual(page.components(separatedBy: "<h1").count, 2, "the heading is the title, not a second <h1>")

        let run = try course.lessons(["run", "Lessons/01-loud.md"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("step 500\n"))
        XCTAssertEqual(run.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("step ") }.count, 1000)
    }
}
