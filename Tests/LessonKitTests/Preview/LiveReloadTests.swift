import XCTest
@testable import LessonKit

final class LiveReloadTests: XCTestCase {
    func testTheScriptGoesBeforeTheLastBodyEnd() {
        let html = "<html><body><pre>&lt;/body&gt; </BODY> in text</pre>\n</BODY>\n</html>\n"
        let page = LiveReload.inject(into: html, build: 7)
        XCTAssertTrue(page.hasPrefix("<html><body><pre>&lt;/body&gt; </BODY> in text</pre>\n<script>"), page)
        XCTAssertTrue(page.hasSuffix("</script>\n</BODY>\n</html>\n"), page)
        XCTAssertTrue(page.contains("const servedBuild = 7;"))
        XCTAssertTrue(page.contains(#"fetch("/__lessons/status""#))
    }

    func testAPageWithoutABodyEndGetsTheScriptAtItsEnd() {
        let page = LiveReload.inject(into: "<p>fragment</p>", build: 1)
        XCTAssertTrue(page.hasPrefix("<p>fragment</p><script>"))
    }

    func testErrorsAreShownAsTextAndFailedPollsAreQuiet() {
        let script = LiveReload.script(build: 1)
        XCTAssertTrue(script.contains("banner.textContent = "))
        XCTAssertFalse(script.contains("innerHTML"))
        XCTAssertTrue(script.contains("} catch {"))
    }
}
