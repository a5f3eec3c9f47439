import XCTest
@testable import LessonKit

final class CourseLinksTests: XCTestCase {
    /// Lesson 03 does not parse, so its anchors are unknown.
    private let course: [String: Set<String>?] = [
        "01-intro": ["two-players", "fig-a"], "02-likelihood": ["the-idea"], "03-broken": Set<String>?.none,
    ]

    private func errors(_ prose: String) throws -> [LessonError] {
        let lesson = try LessonParser.parse(path: "Lessons/01-intro.md", text: prose)
        return CourseLinks.errors(in: lesson, course: course)
    }

    func testLinksToLessonsAndTheirAnchors() throws {
        XCTAssertEqual(try errors("[a](02-likelihood.md), [b](02-likelihood.md#the-idea), [c](./02-likelihood.html).\n"), [])
        XCTAssertEqual(try errors("[broken lessons are not second-guessed](03-broken.md#anything).\n"), [])
        XCTAssertEqual(try errors("[web](https://example.org/x.md), [file](data/x.md), [index](index.html).\n"), [])
    }

    func testALinkToAMissingLessonNamesItsPlace() throws {
        let found = try errors("Intro.\n\nSee [later](09-later.md).\n")
        XCTAssertEqual(found.map(\.location), ["Lessons/01-intro.md:3:13"])
        XCTAssertEqual(found.first?.message, "link to '09-later.md' names no lesson of the course")
        XCTAssertEqual(found.first?.hint, "lessons are the .md files in Lessons/: 01-intro.md, 02-likelihood.md, 03-broken.md")
    }

    func testALinkToAMissingAnchorOfAnotherLesson() throws {
        let found = try errors("See [it](02-likelihood.md#the-ideas).\n")
        XCTAssertEqual(found.map(\.location), ["Lessons/01-intro.md:1:10"])
        XCTAssertEqual(found.first?.message, "link to '02-likelihood.md#the-ideas': 02-likelihood.md has no heading or cell with id 'the-ideas'")
    }

    func testLessonLinksLeadToPages() {
        XCTAssertEqual(CourseLinks.siteURL("02-likelihood.md#the-idea"), "02-likelihood.html#the-idea")
        XCTAssertEqual(CourseLinks.siteURL("https://example.org/a.md"), "https://example.org/a.md")
    }
}
