import XCTest
@testable import LessonKit

final class FrontMatterTests: XCTestCase {
    private func parse(_ text: String) throws(LessonErrors) -> Lesson {
        try LessonParser.parse(path: "Lessons/01-test.md", text: text)
    }

    private func error(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> LessonError? {
        do {
            _ = try parse(text)
            XCTFail("expected an error", file: file, line: line)
            return nil
        } catch {
            XCTAssertEqual(error.errors.count, 1, "\(error)", file: file, line: line)
            return error.errors.first
        }
    }

    func testYAMLValues() throws {
        let lesson = try parse("""
        ---
        # a comment
        title: 'Which divergence: KL or JS?'
        summary: >-
          Two lines folded
          into one.
        ---
        Prose.
        """)
        XCTAssertEqual(lesson.title, "Which divergence: KL or JS?")
        XCTAssertEqual(lesson.summary, "Two lines folded into one.")
        XCTAssertEqual(lesson.bodyFirstLine, 8)
    }

    func testErrorsNameTheLessonLine() {
        let list = error("---\ntitle: A\nsummary: [a, b]\n---\n")
        XCTAssertEqual(list?.location, "Lessons/01-test.md:3")
        XCTAssertEqual(list?.message, "'summary' must be text, not a list")

        let unknown = error("---\ntitle: A\n\ntags: x\n---\n")
        XCTAssertEqual(unknown?.location, "Lessons/01-test.md:4")

        let syntax = error("---\ntitle: A\nsummary: \"unclosed\n---\nProse.\n")
        XCTAssertEqual(syntax?.file, "Lessons/01-test.md")
        XCTAssertEqual(syntax?.message.hasPrefix("YAML: "), true)
        XCTAssertGreaterThanOrEqual(syntax?.line ?? 0, 3)
    }

    func testWithoutFrontMatterTheFirstHeadingIsTheTitleAndLeavesTheBody() throws {
        let lesson = try parse("""
        Some words before.

        # What is a *GAN*?

        ## A section
        ```{swift}
        let a = 1
        ```
        """)
        XCTAssertEqual(lesson.title, "What is a GAN?")
        XCTAssertFalse(lesson.body.contains("# What is"), "the heading would be a second <h1>")
        XCTAssertTrue(lesson.body.contains("## A section"))
        XCTAssertEqual(lesson.cells[0].fenceLine, 6, "lines keep their numbers")
    }

    func testAHeadingInsideACodeBlockIsNotATitle() throws {
        let lesson = try parse("```swift\n# not a title\n```\n")
        XCTAssertEqual(lesson.title, "01-test")
        XCTAssertTrue(lesson.body.contains("# not a title"))
    }

    func testFrontMatterWithoutTitleTakesTheHeading() throws {
        let lesson = try parse("---\nsummary: S.\n---\n# The title\nProse.\n")
        XCTAssertEqual(lesson.title, "The title")
        XCTAssertEqual(lesson.summary, "S.")
    }
}
