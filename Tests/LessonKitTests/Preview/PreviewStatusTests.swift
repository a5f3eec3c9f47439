import Foundation
import XCTest
@testable import LessonKit

final class PreviewStatusTests: XCTestCase {
    func testJSONSpellsOutANullError() {
        XCTAssertEqual(String(decoding: PreviewStatus().json, as: UTF8.self), #"{"build":0,"error":null}"#)
    }

    func testEachBuildCountsAndCarriesItsOwnError() {
        let failed = PreviewStatus().next(error: "Lessons/01-a.md:3: error: \"quoted\" </script>")
        XCTAssertEqual(failed, PreviewStatus(build: 1, error: "Lessons/01-a.md:3: error: \"quoted\" </script>"))
        XCTAssertEqual(failed.next(error: nil), PreviewStatus(build: 2, error: nil))
        XCTAssertEqual(try JSONDecoder().decode(PreviewStatus.self, from: failed.json), failed)
    }
}
