import LessonEvents
import TestSupport
import XCTest

final class MarkupTests: XCTestCase {
    func testEscapingCoversMarkupQuotesAndForbiddenControlCharacters() {
        XCTAssertEqual(
            MarkupEscaping.escape("<a href=\"x\">'&'</a>\u{1}\u{E000}\tok"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;&#xE000;\tok")
    }

    func testTableCellsAndCaptionAreEscaped() {
        let table = TableData(caption: "<b>", columns: ["x<"], alignments: [.right], rows: [["<i>"]])
        XCTAssertEqual(table.html(), """
            <table>
            <caption>&lt;b&gt;</caption>
            <thead>
            <tr><th scope="col" style="text-align: right">x&lt;</th></tr>
            </thead>
            <tbody>
            <tr><td style="text-align: right">&lt;i&gt;</td></tr>
            </tbody>
            </table>

            """)
    }

    func testThemeStylesheet() {
        XCTAssertNil(Golden.mismatch(PlotTheme.css, name: "plot-theme.css"))
    }
}
