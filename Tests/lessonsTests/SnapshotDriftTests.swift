import Foundation
import TestSupport
import XCTest

/// Snapshots as an author meets them: a change in what a lesson computes is reported as drift by
/// `verify`, cleared by `verify --update`, and `build --frozen` renders from the snapshot alone.
final class SnapshotDriftTests: XCTestCase {
    /// A lesson whose numbers depend on a constant of the library it runs against. Changing a GANCore
    /// constant would recompile the runtime libraries; the fixture's constant comes from the
    /// environment instead, so the cells stay the same while their results move, as they do after a
    /// library change. `CRASH` makes the cell fail, to show that `--frozen` runs nothing.
    private let lesson = """
        ---
        title: Drift
        ---
        The scale is a library constant.

        ```{swift}
        //| id: tbl-drift
        let scale = Double(ProcessInfo.processInfo.environment["FIXTURE_CONSTANT"] ?? "1.5")!
        if ProcessInfo.processInfo.environment["CRASH"] != nil { fatalError("the cell ran") }
        print("scaled:", 2 * scale)
        ```

        Twice the scale is `{swift} 2 * scale`.
        """

    func testDriftIsReportedThenClearedByUpdateAndFrozenBuildsRunNothing() throws {
        let course = TemporaryCourse(lessons: ["01-drift.md": lesson])
        let record = try course.lessons(["verify", "--update", "--no-cache"])
        XCTAssertEqual(record.status, 0, record.stderr)
        XCTAssertEqual(course.read("Snapshots/01-drift.txt")?.contains("  scaled: 3.0\n"), true)

        let same = try course.lessons(["verify", "--no-cache"])
        XCTAssertEqual(same.status, 0, same.stderr)

        let lastBit = try course.lessons(["verify", "--no-cache"], environment: ["FIXTURE_CONSTANT": "1.5000000000000002"])
        XCTAssertEqual(lastBit.status, 0, "a last-bit difference is within the tolerance: \(lastBit.stderr)")

        let drift = try course.lessons(
            ["verify", "--no-cache", "--format", "github", "--junit", "report.xml"], environment: ["FIXTURE_CONSTANT": "1.75"])
        XCTAssertEqual(drift.status, 1, drift.stderr)
        XCTAssertEqual(course.read("report.xml")?.contains("tests=\"1\" failures=\"1\""), true, "the JUnit file is written too")
        XCTAssertTrue(drift.stdout.contains(
            "::error file=Lessons/01-drift.md,line=6::cell 'tbl-drift' differs from its snapshot Snapshots/01-drift.txt"
                + " (- snapshot, + this run):%0A    -   scaled: 3.0%0A    +   scaled: 3.5"), drift.stdout)
        XCTAssertTrue(drift.stdout.contains("::error file=Lessons/01-drift.md,line=13::an inline value differs"), drift.stdout)

        let update = try course.lessons(["verify", "--update", "--no-cache"], environment: ["FIXTURE_CONSTANT": "1.75"])
        XCTAssertEqual(update.status, 0, update.stderr)
        let cleared = try course.lessons(["verify", "--no-cache"], environment: ["FIXTURE_CONSTANT": "1.75"])
        XCTAssertEqual(cleared.status, 0, cleared.stderr)

        let frozen = try course.lessons(["build", "--frozen"], environment: ["CRASH": "1"])
        XCTAssertEqual(frozen.status, 0, frozen.stderr)
        XCTAssertTrue(frozen.stderr.contains("from its snapshot"), frozen.stderr)
        XCTAssertEqual(course.read("Output/01-drift.html")?.contains("scaled: 3.5"), true)
    }

    func testFrozenBuildWithoutSnapshotsFailsAtTheLesson() throws {
        let course = TemporaryCourse(lessons: ["01-drift.md": lesson])
        let frozen = try course.lessons(["build", "--frozen"])
        XCTAssertEqual(frozen.status, 1)
        XCTAssertTrue(frozen.stderr.contains("Lessons/01-drift.md:1: error: no snapshot of this lesson's current cells"), frozen.stderr)
    }
}
