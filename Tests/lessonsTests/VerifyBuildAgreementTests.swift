import TestSupport
import XCTest

/// `verify` is `build` without writing: for every kind of bad lesson, both exit with 1 and print the
/// same errors, each naming its place in the lesson.
final class VerifyBuildAgreementTests: XCTestCase {
    /// One bad lesson per class of error, and the first line of the error it must produce.
    private let badLessons: [(kind: String, text: String, error: String)] = [
        ("front matter key", "---\ntitel: X\n---\nText.\n", "Lessons/01-bad.md:2: error: unknown front matter key 'titel'"),
        ("unclosed front matter", "---\ntitle: X\n", "Lessons/01-bad.md:1: error: front matter is never closed"),
        ("cell option", "```{swift}\n//| colour: red\n```\n", "Lessons/01-bad.md:2:5: error: unknown cell option 'colour'"),
        ("option value", "```{swift}\n//| eval: maybe\n```\n",
         "Lessons/01-bad.md:2:5: error: cell option 'eval' takes true or false, not 'maybe'"),
        ("duplicate id", "```{swift}\n//| id: fig-a\n```\n\n```{swift}\n//| id: fig-a\n```\n",
         "Lessons/01-bad.md:6: error: duplicate cell id 'fig-a'"),
        ("marker without list", "```{swift}\nlet a = 1 // <1>\n```\n\nText.\n",
         "Lessons/01-bad.md:2:11: error: annotation <1> has no explanation"),
        ("item without marker", "```{swift}\nlet a = 1 // <1>\n```\n1. One.\n2. Two.\n",
         "Lessons/01-bad.md:5: error: list item 2 after cell 1 explains no marker"),
        ("TeX command", "Then $\\foo$.\n", "Lessons/01-bad.md:1:7: error: in math: unknown command \\foo"),
        ("unbalanced brace", "Then $\\frac{1{2}$.\n", "Lessons/01-bad.md:1:"),
        ("unknown reference", "See @fig-none.\n", "Lessons/01-bad.md:1:5: error: unknown reference '@fig-none'"),
        ("missing lesson", "See [next](02-next.md).\n", "Lessons/01-bad.md:1:12: error: link to '02-next.md' names no lesson of the course"),
        ("missing anchor", "See [it](#nowhere).\n",
         "Lessons/01-bad.md:1:10: error: link to '#nowhere': this lesson has no heading or cell with that id"),
        ("compile error", "```{swift}\nlet a = missingName\n```\n",
         "Lessons/01-bad.md:2:9: error: cannot find 'missingName' in scope"),
        ("failed check", "```{swift}\ncheck(1 > 2, \"one exceeds two\")\n```\n",
         "Lessons/01-bad.md:2: error: check failed: one exceeds two"),
    ]

    /// The error lines a run printed (messages and hints), without progress and summary lines.
    private func errorLines(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").map(String.init).filter { $0.contains(": error: ") || $0.hasPrefix("  hint: ") }
    }

    func testVerifyAndBuildRejectEveryBadLessonAlike() throws {
        for bad in badLessons {
            let course = TemporaryCourse(lessons: ["01-bad.md": bad.text])
            let verify = try course.lessons(["verify"])
            let build = try course.lessons(["build"])
            XCTAssertEqual(verify.status, 1, "\(bad.kind): verify\n\(verify.stderr)")
            XCTAssertEqual(build.status, 1, "\(bad.kind): build\n\(build.stderr)")
            XCTAssertEqual(errorLines(verify.stderr), errorLines(build.stderr), bad.kind)
            XCTAssertTrue(errorLines(verify.stderr).first?.hasPrefix(bad.error) ?? false, "\(bad.kind): \(verify.stderr)")
            XCTAssertNil(course.read("Output/01-bad.html"), bad.kind)
            let github = try course.lessons(["verify", "--format", "github"])
            XCTAssertEqual(github.status, 1, bad.kind)
            XCTAssertTrue(github.stdout.hasPrefix("::error file=Lessons/01-bad.md,line="), "\(bad.kind): \(github.stdout)")
        }
    }
}
