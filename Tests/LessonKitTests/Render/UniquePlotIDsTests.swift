import XCTest
@testable import LessonKit

final class UniquePlotIDsTests: XCTestCase {
    private func plot(_ id: String) -> String {
        #"<svg role="img" aria-labelledby="\#(id)-title"><title id="\#(id)-title">t</title><g clip-path="url(#\#(id)-clip)"></g></svg>"#
    }

    func testRepeatedPlotsGetNumberedIdsAndOthersAreUntouched() {
        let page = "<p>a</p>" + plot("plot-0000abcd") + "<p>b</p>" + plot("plot-0000abcd") + plot("plot-1111ffff")
            + plot("plot-0000abcd") + "<p>end</p>"
        XCTAssertEqual(UniquePlotIDs.apply(to: page),
                       "<p>a</p>" + plot("plot-0000abcd") + "<p>b</p>" + plot("plot-0000abcd-2") + plot("plot-1111ffff")
                       + plot("plot-0000abcd-3") + "<p>end</p>")
    }

    func testPagesWithoutRepeatsAreUnchanged() {
        let page = "<p>x</p>" + plot("plot-0000abcd") + "<svg><text>no ids</text></svg><p>y</p>"
        XCTAssertEqual(UniquePlotIDs.apply(to: page), page)
    }
}
