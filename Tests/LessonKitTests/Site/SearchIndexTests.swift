import XCTest
@testable import LessonKit

final class SearchIndexTests: XCTestCase {
    func testWordsAreDistinctLowercasedAndSorted() {
        XCTAssertEqual(
            SearchIndex.words(in: "The GAN's loss, the loss: log(D(x)) — Jensen–Shannon 2014"),
            ["2014", "d", "gan", "jensen", "log", "loss", "s", "shannon", "the", "x"]
        )
    }

    func testEntryCombinesTitleSummaryAndText() {
        let index = SearchIndex(pages: [SampleSite.pages[2]])
        XCTAssertEqual(index.pages, [
            SearchIndex.Entry(
                href: "03-minimax.html", title: "The minimax <objective>",
                summary: "Why \"min max\" has a saddle point.",
                words: "a and discriminator function has max min minimax objective optimal point points "
                    + "saddle the value why"
            ),
        ])
        XCTAssertEqual(index.sections, [])
    }

    func testEverySectionHeadingIsAnEntryLeadingToItsAnchor() {
        let index = SearchIndex(pages: Array(SampleSite.pages.prefix(2)))
        XCTAssertEqual(index.sections.map(\.href), [
            "01-forger-and-detective.html#the-game", "02-maximum-likelihood.html#the-likelihood",
            "02-maximum-likelihood.html#log-likelihood", "02-maximum-likelihood.html#fit",
            "02-maximum-likelihood.html#results",
        ])
        XCTAssertEqual(index.sections[3], SearchIndex.Entry(
            href: "02-maximum-likelihood.html#fit", title: "Fitting <by> hand", summary: "Maximum likelihood",
            words: "by fitting hand"))
    }

    func testScriptDefinesGlobalWithEscapedJSON() {
        let page = RenderedPage(
            slug: "x", title: "Say \"hi\"\\", summary: "line\nbreak\u{2028}", bodyHTML: "",
            headings: [], plainText: ""
        )
        XCTAssertEqual(SearchIndex(pages: [page]).script, """
            window.lessonSearchIndex = {"pages":[
            {"href":"x.html","title":"Say \\"hi\\"\\\\","summary":"line\\nbreak\\u2028","words":"break hi line say"}
            ],"sections":[

            ]};

            """)
    }

    func testSiteContainsIndexScriptLoadedBeforeSearchScript() throws {
        let files = SiteBuilder.files(course: SampleSite.course, pages: SampleSite.pages, extraCSS: "")
        let script = try XCTUnwrap(files["search-index.js"])
        XCTAssertTrue(script.hasPrefix("window.lessonSearchIndex = {\"pages\":["))
        XCTAssertTrue(script.contains("\"href\":\"02-maximum-likelihood.html\""))
        XCTAssertTrue(script.contains("gaussian"))
        let html = try XCTUnwrap(files["index.html"])
        let index = try XCTUnwrap(html.range(of: "<script src=\"search-index.js\" defer>"))
        let search = try XCTUnwrap(html.range(of: "<script src=\"assets/search.js\" defer>"))
        XCTAssertLessThan(index.lowerBound, search.lowerBound)
    }
}
