import XCTest
import TestSupport
@testable import LessonKit

final class CourseFileTests: XCTestCase {
    private func error(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> LessonError? {
        do {
            _ = try CourseFile.parse(text)
            XCTFail("expected an error", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    func testEveryKey() throws {
        let course = try CourseFile.parse("""
        title: GANs, by running them
        description: An executable course.
        authors: [Ada Lovelace, Alan Turing]
        licence: CC BY 4.0
        repository: https://github.com/owner/course
        branch: trunk
        base-url: https://owner.github.io/course/
        parts:
          - title: I. The idea
            lessons: [01-*.md, 02-maximum-likelihood.md]
          - title: II. The game
            lessons:
              - 04-the-minimax-game
        """)
        XCTAssertEqual(course.title, "GANs, by running them")
        XCTAssertEqual(course.description, "An executable course.")
        XCTAssertEqual(course.authors, ["Ada Lovelace", "Alan Turing"])
        XCTAssertEqual(course.licence, "CC BY 4.0")
        XCTAssertEqual(course.editURL(slug: "01-a"), "https://github.com/owner/course/edit/trunk/Lessons/01-a.md")
        XCTAssertEqual(course.publishedURL(of: "01-a.html"), "https://owner.github.io/course/01-a.html")
        XCTAssertEqual(course.parts, [
            CoursePart(title: "I. The idea", lessons: ["01-*.md", "02-maximum-likelihood.md"]),
            CoursePart(title: "II. The game", lessons: ["04-the-minimax-game"]),
        ])
    }

    func testOneAuthorAsTextAndTheAmericanSpelling() throws {
        let course = try CourseFile.parse("authors: Ada Lovelace\nlicense: MIT\n")
        XCTAssertEqual(course.authors, ["Ada Lovelace"])
        XCTAssertEqual(course.licence, "MIT")
    }

    func testDefaultsWithoutTheFile() throws {
        let root = TestSupport.temporaryFolder("no-course-file")
        let course = try CourseFile.load(root: root)
        XCTAssertEqual(course.title, root.lastPathComponent)
        XCTAssertEqual(course.description, "")
        XCTAssertEqual(course.parts, [])
        XCTAssertNil(course.editURL(slug: "01-a"))
        XCTAssertNil(course.publishedURL(of: "index.html"))
    }

    func testAnEmptyFileIsTheDefaults() throws {
        XCTAssertEqual(try CourseFile.parse("# nothing yet\n"), CourseInfo(title: "", description: ""))
    }

    func testErrorsNameTheirLine() {
        let unknown = error("title: A\ntitel: B\n")
        XCTAssertEqual(unknown?.location, "course.yml:2")
        XCTAssertEqual(unknown?.message, "unknown key 'titel'")
        XCTAssertEqual(unknown?.hint?.hasPrefix("known keys: title, description, authors"), true)

        let list = error("title: A\ndescription:\n  - one\n  - two\n")
        XCTAssertEqual(list?.location, "course.yml:3")
        XCTAssertEqual(list?.message, "'description' must be text, not a list")

        let parts = error("parts: I. The idea\n")
        XCTAssertEqual(parts?.location, "course.yml:1")
        XCTAssertEqual(parts?.message, "'parts' must be a list, not text")

        let partKey = error("parts:\n  - title: I\n    lesons: [01-*.md]\n")
        XCTAssertEqual(partKey?.location, "course.yml:3")
        XCTAssertEqual(partKey?.message, "unknown key 'lesons' in a part")

        let missing = error("title: A\nparts:\n  - title: I\n")
        XCTAssertEqual(missing?.location, "course.yml:3")
        XCTAssertEqual(missing?.message, "a part needs both a 'title' and a list of 'lessons'")

        let lessons = error("parts:\n  - title: I\n    lessons: 01-a.md\n")
        XCTAssertEqual(lessons?.location, "course.yml:3")
        XCTAssertEqual(lessons?.message, "a part's 'lessons' must be a list, not text")

        let address = error("title: A\n\nrepository: github.com/owner/course\n")
        XCTAssertEqual(address?.location, "course.yml:3")
        XCTAssertEqual(address?.message, "'repository' must be a web address starting with https://, not 'github.com/owner/course'")

        let notMapping = error("- title\n- parts\n")
        XCTAssertEqual(notMapping?.location, "course.yml:1")
        XCTAssertEqual(notMapping?.message, "expected 'key: value' lines, not a list")
    }

    func testYAMLSyntaxErrorsNameTheirLine() {
        let syntax = error("title: A\ndescription: [unclosed\nauthors: B\n")
        XCTAssertEqual(syntax?.file, "course.yml")
        XCTAssertEqual(syntax?.message.hasPrefix("YAML: "), true)
        XCTAssertNotNil(syntax?.line)
        XCTAssertGreaterThanOrEqual(syntax?.line ?? 0, 2)

        let twice = error("title: A\ntitle: B\n")
        XCTAssertEqual(twice?.message, "YAML: the key 'title' is written twice")
    }

    func testLoadReportsAUsageErrorWithTheLocation() throws {
        let root = TestSupport.temporaryFolder("bad-course-file")
        try Data("title: A\ncolour: red\n".utf8).write(to: root.appendingPathComponent("course.yml"))
        XCTAssertThrowsError(try CourseFile.load(root: root)) { error in
            XCTAssertEqual((error as? UsageError)?.message.hasPrefix("course.yml:2: unknown key 'colour'"), true, "\(error)")
        }
    }
}
