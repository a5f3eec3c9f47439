import XCTest
@testable import LessonKit

final class CourseOutlineTests: XCTestCase {
    private var course: CourseInfo {
        var course = CourseInfo(title: "A course", description: "")
        course.parts = [
            CoursePart(title: "II. The game", lessons: ["03-minimax.md", "09-not-written-yet.md"]),
            CoursePart(title: "I. The idea", lessons: ["01-*"]),
        ]
        return course
    }

    func testPartsOrderAndGroupTheLessons() {
        let outline = CourseOutline(course: course, pages: SampleSite.pages)
        XCTAssertEqual(outline.sections.map(\.title), ["II. The game", "I. The idea", "More lessons"])
        XCTAssertEqual(outline.pages.map(\.slug), ["03-minimax", "01-forger-and-detective", "02-maximum-likelihood"])
    }

    func testWithoutPartsOneList() {
        let outline = CourseOutline(course: SampleSite.course, pages: SampleSite.pages)
        XCTAssertEqual(outline.sections.map(\.title), [nil])
        XCTAssertEqual(outline.pages, SampleSite.pages)
    }

    func testSidebarIndexAndPagerFollowTheParts() throws {
        let files = SiteBuilder.files(course: course, pages: SampleSite.pages, extraCSS: "")
        let page = try XCTUnwrap(files["01-forger-and-detective.html"])
        XCTAssertTrue(page.contains("<p class=\"site-nav-part\">II. The game</p>\n<ol start=\"1\">\n<li><a href=\"03-minimax.html\">"))
        XCTAssertTrue(page.contains("<p class=\"site-nav-part\">I. The idea</p>\n<ol start=\"2\">"))
        XCTAssertTrue(page.contains("rel=\"prev\" href=\"03-minimax.html\""))
        let index = try XCTUnwrap(files["index.html"])
        XCTAssertTrue(index.contains("<h3 class=\"lesson-part\">I. The idea</h3>\n<ol start=\"2\">"))
        XCTAssertTrue(index.contains("<h3 class=\"lesson-part\">More lessons</h3>"))
    }

    func testEditLinkFooterCanonicalAndSitemap() throws {
        var course = course
        course.authors = ["Ada Lovelace", "Alan Turing", "Grace <Hopper>"]
        course.licence = "CC BY 4.0"
        course.repository = "https://github.com/owner/course/"
        course.baseURL = "https://owner.github.io/course"
        let files = SiteBuilder.files(course: course, pages: SampleSite.pages, extraCSS: "")
        let page = try XCTUnwrap(files["02-maximum-likelihood.html"])
        XCTAssertTrue(page.contains(
            "<a href=\"https://github.com/owner/course/edit/main/Lessons/02-maximum-likelihood.md\">Edit this page</a>"))
        XCTAssertTrue(page.contains("By Ada Lovelace, Alan Turing and Grace &lt;Hopper&gt;. Licence: CC BY 4.0."))
        XCTAssertTrue(page.contains("<link rel=\"canonical\" href=\"https://owner.github.io/course/02-maximum-likelihood.html\">"))
        XCTAssertTrue(try XCTUnwrap(files["index.html"]).contains("<link rel=\"canonical\" href=\"https://owner.github.io/course/\">"))
        let sitemap = try XCTUnwrap(files["sitemap.xml"])
        XCTAssertTrue(sitemap.contains("<loc>https://owner.github.io/course/03-minimax.html</loc>"))
        XCTAssertFalse(try XCTUnwrap(files["index.html"]).contains("Edit this page"))
    }

    func testNothingExtraWithoutTheKeys() throws {
        let files = SiteBuilder.files(course: SampleSite.course, pages: SampleSite.pages, extraCSS: "")
        let page = try XCTUnwrap(files["02-maximum-likelihood.html"])
        XCTAssertFalse(page.contains("Edit this page"))
        XCTAssertFalse(page.contains("site-footer"))
        XCTAssertFalse(page.contains("rel=\"canonical\""))
        XCTAssertNil(files["sitemap.xml"])
    }
}
