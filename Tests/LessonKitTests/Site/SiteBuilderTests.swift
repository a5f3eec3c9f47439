import XCTest
@testable import LessonKit

final class SiteBuilderTests: XCTestCase {
    private let files = SiteBuilder.files(
        course: SampleSite.course, pages: SampleSite.pages, extraCSS: ".plot-line { stroke: red; }"
    )

    private func page(_ path: String) throws -> String {
        try XCTUnwrap(files[path], "missing \(path)")
    }

    private func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    func testWritesEveryFile() {
        XCTAssertEqual(files.keys.sorted(), [
            "01-forger-and-detective.html", "02-maximum-likelihood.html", "03-minimax.html",
            "assets/scrub.js", "assets/search.js", "assets/style.css", "index.html", "search-index.js",
        ])
    }

    func testEveryPageLoadsTheScrubScriptAndTheStylesheetStylesItsFigures() throws {
        for path in files.keys where path.hasSuffix(".html") {
            XCTAssertTrue(try page(path).contains("<script src=\"assets/scrub.js\" defer></script>"), path)
        }
        let css = try page("assets/style.css")
        XCTAssertTrue(css.contains(".scrub-ready .scrub-player { display: block; }"))
        XCTAssertTrue(css.contains("@media print {\n  .scrub-ready .scrub-player { display: none; }"))
        let script = try page("assets/scrub.js")
        XCTAssertFalse(script.contains("console."), "the script logs nothing")
        XCTAssertFalse(script.contains("fetch(") || script.contains("XMLHttpRequest"), "the script requests nothing")
        XCTAssertTrue(script.contains("prefers-reduced-motion"))
    }

    func testEveryPageHasOneH1LanguageSkipLinkAndMain() throws {
        for path in files.keys where path.hasSuffix(".html") {
            let html = try page(path)
            XCTAssertTrue(html.hasPrefix("<!doctype html>\n<html lang=\"en\">"), path)
            XCTAssertEqual(count("<h1", in: html), 1, path)
            XCTAssertEqual(count("<main id=\"content\"", in: html), 1, path)
            XCTAssertTrue(html.contains("<a class=\"skip-link\" href=\"#content\">"), path)
            XCTAssertTrue(html.contains("<meta charset=\"utf-8\">"), path)
            XCTAssertTrue(html.contains("<meta name=\"viewport\""), path)
            XCTAssertTrue(html.contains("<input id=\"search-input\""), path)
            XCTAssertEqual(count("aria-current", in: html), path == "index.html" ? 0 : 1, path)
        }
    }

    func testLessonPageTitleMarksCurrentLessonAndPutsH1BeforeBody() throws {
        let html = try page("02-maximum-likelihood.html")
        XCTAssertTrue(html.contains(
            "<title>Maximum likelihood · GANs &lt;by&gt; example</title>"))
        XCTAssertTrue(html.contains(
            "<a href=\"02-maximum-likelihood.html\" aria-current=\"page\">Maximum likelihood</a>"))
        let h1 = try XCTUnwrap(html.range(of: "<h1>Maximum likelihood</h1>"))
        let main = try XCTUnwrap(html.range(of: "<main id=\"content\""))
        let body = try XCTUnwrap(html.range(of: SampleSite.body))
        XCTAssertLessThan(main.lowerBound, h1.lowerBound)
        XCTAssertLessThan(h1.lowerBound, body.lowerBound)
    }

    func testTableOfContentsNestsSubsections() throws {
        let html = try page("02-maximum-likelihood.html")
        XCTAssertTrue(html.contains("""
            <ol>
            <li><a href="#the-likelihood">The likelihood</a>
            <ol>
            <li><a href="#log-likelihood">Taking logs</a></li>
            <li><a href="#fit">Fitting &lt;by&gt; hand</a></li>
            </ol>
            </li>
            <li><a href="#results">Results</a></li>
            </ol>
            """))
        XCTAssertFalse(try page("03-minimax.html").contains("class=\"toc\""))
    }

    func testPreviousAndNextLinksStopAtTheEnds() throws {
        let first = try page("01-forger-and-detective.html")
        XCTAssertFalse(first.contains("rel=\"prev\""))
        XCTAssertTrue(first.contains("rel=\"next\" href=\"02-maximum-likelihood.html\""))
        let middle = try page("02-maximum-likelihood.html")
        XCTAssertTrue(middle.contains("rel=\"prev\" href=\"01-forger-and-detective.html\""))
        XCTAssertTrue(middle.contains("rel=\"next\" href=\"03-minimax.html\""))
        let last = try page("03-minimax.html")
        XCTAssertTrue(last.contains("rel=\"prev\" href=\"02-maximum-likelihood.html\""))
        XCTAssertFalse(last.contains("rel=\"next\""))
    }

    func testSingleLessonHasNoPager() throws {
        let files = SiteBuilder.files(course: SampleSite.course, pages: [SampleSite.pages[0]], extraCSS: "")
        XCTAssertFalse(try XCTUnwrap(files["01-forger-and-detective.html"]).contains("class=\"pager\""))
    }

    func testEscapesTitlesAndSummaries() throws {
        let index = try page("index.html")
        XCTAssertTrue(index.contains("<title>GANs &lt;by&gt; example</title>"))
        XCTAssertTrue(index.contains("<h1>GANs &lt;by&gt; example</h1>"))
        XCTAssertTrue(index.contains("networks &amp; friends."))
        XCTAssertTrue(index.contains(">The forger &amp; the detective</a>"))
        XCTAssertTrue(index.contains("Why &quot;min max&quot; has a saddle point."))
        let minimax = try page("03-minimax.html")
        XCTAssertTrue(minimax.contains("<h1>The minimax &lt;objective&gt;</h1>"))
        XCTAssertFalse(minimax.contains("<objective>"))
    }

    func testIndexListsLessonsInOrderWithSummaries() throws {
        let index = try page("index.html")
        let positions = try SampleSite.pages.map { lesson in
            try XCTUnwrap(index.range(of: "href=\"\(lesson.slug).html\">")?.lowerBound)
        }
        XCTAssertEqual(positions, positions.sorted())
        XCTAssertTrue(index.contains(
            "<p class=\"lesson-summary\">Fitting a Gaussian by hand, then by gradient ascent.</p>"))
    }

    func testLinksAreRelativeAndResolve() throws {
        let attribute = /(?:href|src)="([^"]*)"/
        for (path, html) in files where path.hasSuffix(".html") {
            for match in html.matches(of: attribute) {
                let target = String(match.1)
                XCTAssertFalse(target.hasPrefix("/") || target.contains("://"), "\(path): \(target)")
                let file = target.split(separator: "#", omittingEmptySubsequences: false)[0]
                if !file.isEmpty {
                    XCTAssertNotNil(files[String(file)], "\(path) links to missing \(target)")
                }
            }
        }
    }

    func testStylesheetEndsWithExtraCSSAndRequestsNothingRemote() throws {
        let css = try page("assets/style.css")
        XCTAssertTrue(css.hasSuffix(".plot-line { stroke: red; }\n"))
        for file in files.values {
            XCTAssertFalse(file.contains("http://") || file.contains("https://") || file.contains("@import"))
        }
    }
}
