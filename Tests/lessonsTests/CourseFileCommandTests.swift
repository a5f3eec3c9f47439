import Foundation
import TestSupport
import XCTest

/// `course.yml` as the commands read it: a mistake in it is a configuration error (exit code 2) that
/// names its line, before any lesson runs.
final class CourseFileCommandTests: XCTestCase {
    func testAMistakeInTheCourseFileStopsEveryCommandAtItsLine() throws {
        let course = TemporaryCourse(lessons: ["01-a.md": "# A\n\nProse.\n"])
        try Data("title: A course\ncolour: red\n".utf8).write(to: course.root.appendingPathComponent("course.yml"))
        for command in [["build"], ["verify"], ["build", "--frozen"]] {
            let result = try course.lessons(command)
            XCTAssertEqual(result.status, 2, "\(command): \(result.stderr)")
            XCTAssertTrue(result.stderr.hasPrefix("error: course.yml:2: unknown key 'colour'"), "\(command): \(result.stderr)")
        }
    }

    func testTheCourseFileNamesTheSiteAndGroupsItsLessons() throws {
        let course = TemporaryCourse(lessons: ["01-a.md": "# Alpha\n\nProse.\n", "02-b.md": "# Beta\n\nProse.\n"])
        try Data("""
            title: A course
            parts:
              - title: Second first
                lessons: [02-b.md]
              - title: Then
                lessons: [01-*.md]
            """.utf8).write(to: course.root.appendingPathComponent("course.yml"))
        let result = try course.lessons(["build"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let index = try XCTUnwrap(course.read("Output/index.html"))
        XCTAssertTrue(index.contains("<title>A course</title>"))
        let second = try XCTUnwrap(index.range(of: "Second first")), alpha = try XCTUnwrap(index.range(of: ">Alpha<"))
        XCTAssertLessThan(second.lowerBound, alpha.lowerBound)
    }
}
