import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import TestSupport
import XCTest

/// The `lessons` tool as a user runs it: exit codes, messages and what lands in Output/.
final class CommandLineTests: XCTestCase {
    private let goodLesson = """
    ---
    title: Forty-two
    summary: A lesson someone else added.
    ---
    Some prose.

    ```{swift}
    print("x = \\(6*7)")
    ```
    """

    func testANewLessonShowsItsOutputInItsPage() throws {
        let course = TemporaryCourse(lessons: ["07-added.md": goodLesson])
        let result = try course.lessons(["build"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let page = try XCTUnwrap(course.read("Output/07-added.html"))
        XCTAssertTrue(page.contains("<pre class=\"cell-output\">x = 42\n</pre>"))
        let index = try XCTUnwrap(course.read("Output/index.html"))
        XCTAssertTrue(index.contains("07-added.html"))
        XCTAssertTrue(index.contains("A lesson someone else added."))
    }

    func testMissingLessonsFolder() throws {
        let result = try TemporaryCourse(lessons: nil).lessons(["build"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.hasPrefix("error: no Lessons/ folder in "), result.stderr)
    }

    func testLessonPathThatDoesNotExist() throws {
        let result = try TemporaryCourse(lessons: ["01-a.md": goodLesson]).lessons(["run", "Lessons/09-nope.md"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "error: lesson file 'Lessons/09-nope.md' does not exist; lessons are the .md files in Lessons/\n")
    }

    func testFileThatIsNotUTF8() throws {
        let course = TemporaryCourse(lessons: [:])
        course.write(Data([0x61, 0xff, 0xfe, 0x0a]), to: "01-latin.md")
        let result = try course.lessons(["build"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "error: 'Lessons/01-latin.md' is not UTF-8 text; save it as UTF-8\n")
    }

    func testBadUsageExitsWithTwo() throws {
        let course = TemporaryCourse(lessons: ["01-a.md": goodLesson])
        XCTAssertEqual(try course.lessons(["build", "--jobs", "0"]).status, 2)
        XCTAssertEqual(try course.lessons(["frobnicate"]).status, 2)
        let shard = try course.lessons(["verify", "--shard", "3/2"])
        XCTAssertEqual(shard.status, 2)
        XCTAssertTrue(shard.stderr.contains("--shard takes I/N"), shard.stderr)
    }

    func testACrashFailsTheBuildKeepsOtherLessonsAndTheOldSite() throws {
        let course = TemporaryCourse(lessons: ["01-good.md": goodLesson])
        XCTAssertEqual(try course.lessons(["build"]).status, 0)
        let crashing = "Intro.\n\n```{swift}\nprint(\"before the crash\")\nlet xs: [Int] = []\nprint(xs[1])\n```\n"
        try Data(crashing.utf8).write(to: course.root.appendingPathComponent("Lessons/02-crash.md"))
        let result = try course.lessons(["build"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("✓ Lessons/01-good.md"), result.stderr)
        XCTAssertTrue(result.stderr.contains("Lessons/02-crash.md:6: error: cell 1 crashed"), result.stderr)
        XCTAssertNil(course.read("Output/02-crash.html"), "a failed build leaves the previous site")
        XCTAssertNotNil(course.read("Output/01-good.html"))

        let run = try course.lessons(["run", "Lessons/02-crash.md"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stdout.contains("before the crash"), run.stdout)
    }

    func testRunPrintsOneCellWhenAsked() throws {
        let text = "```{swift}\n//| id: first\nprint(\"one\")\n```\n\n```{swift}\nprint(\"two\")\n```\n"
        let course = TemporaryCourse(lessons: ["01-two.md": text])
        let result = try course.lessons(["run", "Lessons/01-two.md", "--cell", "2"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "── cell 2 · Lessons/01-two.md:6 ──\ntwo\n")
        let byID = try course.lessons(["run", "Lessons/01-two.md", "--cell", "first"])
        XCTAssertEqual(byID.stdout, "── cell 'first' · Lessons/01-two.md:1 ──\none\n")
        let unknown = try course.lessons(["run", "Lessons/01-two.md", "--cell", "9"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertEqual(unknown.stderr, "error: Lessons/01-two.md has 2 cells; --cell takes 1 to 2 or a cell id\n")
    }

    func testScriptPrintedByACellStaysText() throws {
        let text = "```{swift}\nprint(\"<script>alert(1)</script>\")\n```\n"
        let course = TemporaryCourse(lessons: ["01-xss.md": text])
        XCTAssertEqual(try course.lessons(["build"]).status, 0)
        let page = try XCTUnwrap(course.read("Output/01-xss.html"))
        XCTAssertFalse(page.contains("<script>alert(1)</script>"))
        XCTAssertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    func testFiguresInThePageAreWellFormedSVG() throws {
        let text = """
        ```{swift}
        //| id: fig-line
        //| caption: A <line> & a "caption".
        let xs = Array(stride(from: 0.0, through: 1.0, by: 0.1))
        show(LinePlot(title: "x < y & z", xLabel: "x", yLabel: "y").line(x: xs, y: xs.map { $0 * $0 }, label: "<b>"), caption: nil)
        show(ScatterPlot().points(x: xs, y: xs), caption: "points")
        ```
        """
        let course = TemporaryCourse(lessons: ["01-plots.md": text])
        let result = try course.lessons(["build"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let page = try XCTUnwrap(course.read("Output/01-plots.html"))
        let svgs = page.components(separatedBy: "<svg").dropFirst().map { "<svg" + $0.components(separatedBy: "</svg>")[0] + "</svg>" }
        XCTAssertEqual(svgs.count, 2)
        for svg in svgs {
            let parser = XMLParser(data: Data(svg.utf8))
            XCTAssertTrue(parser.parse(), "not well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
        }
        XCTAssertTrue(page.contains("<figcaption>Figure 1: A &lt;line&gt; &amp; a &quot;caption&quot;.</figcaption>"))
        XCTAssertTrue(page.contains("<figcaption>Figure 2: points</figcaption>"), "a second figure of the cell has its own number")
    }

    func testVerifyReportsForGitHubAndJUnit() throws {
        let text = "```{swift}\ncheck(1 > 2, \"one beats two\")\n```\n"
        let course = TemporaryCourse(lessons: ["01-check.md": text])
        let github = try course.lessons(["verify", "--format", "github"])
        XCTAssertEqual(github.status, 1)
        XCTAssertTrue(github.stdout.contains("::error file=Lessons/01-check.md,line=2::check failed: one beats two"), github.stdout)
        XCTAssertTrue(github.stderr.hasSuffix("0 passed, 1 failed\n"), github.stderr)
        let junit = try course.lessons(["verify", "--format", "junit"])
        XCTAssertTrue(junit.stdout.contains("<failure message=\"Lessons/01-check.md:2: check failed: one beats two\">"), junit.stdout)
    }
}

/// Incremental builds through the command line: what re-runs and what comes from the cache.
final class IncrementalBuildTests: XCTestCase {
    private func lesson(_ prose: String, _ code: String) -> String {
        "---\ntitle: Cached\n---\n\(prose)\n\n```{swift}\n\(code)\n```\n"
    }

    func testProseEditReRendersWithoutRunningAndCellEditReRuns() throws {
        let course = TemporaryCourse(lessons: [
            "01-a.md": lesson("First prose.", "print(\"a\")"),
            "02-b.md": lesson("Other prose.", "print(\"b\")"),
        ])
        let cold = try course.lessons(["build"])
        XCTAssertEqual(cold.status, 0, cold.stderr)
        XCTAssertTrue(cold.stderr.contains("✓ Lessons/01-a.md: ran 1 cell in"), cold.stderr)

        try Data(lesson("Edited prose,\nnow on two lines.", "print(\"a\")").utf8)
            .write(to: course.root.appendingPathComponent("Lessons/01-a.md"))
        let prose = try course.lessons(["build"])
        XCTAssertTrue(prose.stderr.contains("✓ Lessons/01-a.md: 1 cell, from the cache"), prose.stderr)
        XCTAssertTrue(course.read("Output/01-a.html")?.contains("now on two lines.") ?? false)

        try Data(lesson("Other prose.", "print(\"b2\")").utf8).write(to: course.root.appendingPathComponent("Lessons/02-b.md"))
        let code = try course.lessons(["build"])
        XCTAssertTrue(code.stderr.contains("✓ Lessons/01-a.md: 1 cell, from the cache"), code.stderr)
        XCTAssertTrue(code.stderr.contains("✓ Lessons/02-b.md: ran 1 cell in"), code.stderr)
        XCTAssertTrue(course.read("Output/02-b.html")?.contains("b2") ?? false)

        let forced = try course.lessons(["build", "--no-cache"])
        XCTAssertTrue(forced.stderr.contains("✓ Lessons/01-a.md: ran"), forced.stderr)
    }

    func testCorruptCacheEntryIsRecomputed() throws {
        let course = TemporaryCourse(lessons: ["01-a.md": lesson("Prose.", "print(\"fresh\")")])
        XCTAssertEqual(try course.lessons(["build"]).status, 0)
        try Data("{\"truncated".utf8).write(to: course.root.appendingPathComponent(".lessons-cache/results/01-a.json"))
        let rebuilt = try course.lessons(["build"])
        XCTAssertTrue(rebuilt.stderr.contains("✓ Lessons/01-a.md: ran"), rebuilt.stderr)
        XCTAssertTrue(course.read("Output/01-a.html")?.contains("fresh") ?? false)
    }
}
