import TestSupport
import XCTest
@testable import LessonKit

final class CourseLinkCheckTests: XCTestCase {
    private func check(_ text: String) -> [LessonError] {
        let parsed = Result<Lesson, Error> { try LessonParser.parse(path: "Lessons/01-a.md", text: text) }
        let checked = CourseLinkCheck.apply(to: [("Lessons/01-a.md", parsed)], root: TestSupport.temporaryFolder())
        guard case .failure(let failure) = checked[0].1 else { return [] }
        return (failure as? LessonErrors)?.errors ?? []
    }

    func testALinkToAMissingLessonFailsTheLesson() {
        XCTAssertEqual(check("See [next](02-next.md).\n").map(\.location), ["Lessons/01-a.md:1:12"])
        XCTAssertEqual(check("See [me](01-a.md).\n"), [])
    }

    func testALessonThatDoesNotParseHasItsLinksCheckedToo() {
        XCTAssertEqual(check("See @fig-x and [next](02-next.md).\n").map(\.location), ["Lessons/01-a.md:1:5", "Lessons/01-a.md:1:23"])
    }
}
