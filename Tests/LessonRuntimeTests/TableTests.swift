import TestSupport
import XCTest
@testable import LessonRuntime

final class TableTests: XCTestCase {
    private let errors = Table(
        caption: "Error by sample size", columns: ["n", "mean", "error", "note"],
        rows: [[10, 4.1, 0.1, "small"], [100, 4.02, 0.0212, "<b>ok</b>"], [10_000, 4.0013, 0.0013, "large & fine"]]
    ).format("error", .percent(decimals: 1)).format("n", .integer)

    func testRowsAreFormattedPerColumn() {
        let data = errors.data
        XCTAssertEqual(data.columns, ["n", "mean", "error", "note"])
        XCTAssertEqual(data.rows[0], ["10", "4.1", "10.0%", "small"])
        XCTAssertEqual(data.rows[2], ["10\u{2009}000", "4.0013", "0.1%", "large & fine"])
        XCTAssertEqual(data.alignments, [.right, .right, .right, .left])
        XCTAssertEqual(data.caption, "Error by sample size")
    }

    func testColumnWiseTableKeepsTheWrittenOrder() {
        let steps = [0, 100, 200]
        let dLoss = [1.386, 0.9, 0.1 + 0.2]
        let data = Table(["step": steps, "D loss": dLoss, "phase": ["start", "middle", "end"]]).data
        XCTAssertEqual(data.columns, ["step", "D loss", "phase"])
        XCTAssertEqual(data.rows[2], ["200", "0.3", "end"])
        XCTAssertEqual(data.alignments, [.right, .right, .left])
    }

    func testColumnFormats() {
        XCTAssertEqual(ColumnFormat.number(digits: 3).format(3.14159), "3.14")
        XCTAssertEqual(ColumnFormat.fixed(2).format(4.1), "4.10")
        XCTAssertEqual(ColumnFormat.fixed(2).format(-0.001), "0.00")
        XCTAssertEqual(ColumnFormat.percent.format(0.123), "12%")
        XCTAssertEqual(ColumnFormat.percent(decimals: 1).format(0.1234), "12.3%")
        XCTAssertEqual(ColumnFormat.integer.format(-1234567.4), "-1\u{2009}234\u{2009}567")
        XCTAssertEqual(ColumnFormat.scientific(digits: 2).format(0.000123), "1.2e-4")
        XCTAssertEqual(ColumnFormat.automatic.format(.nan), "nan")
    }

    func testTextFormatAndAlignmentOverride() {
        let data = Table(columns: ["seed", "ok"], rows: [[7, true], [8, false]])
            .format("seed", .text).align("ok", .center).data
        XCTAssertEqual(data.rows, [["7", "true"], ["8", "false"]])
        XCTAssertEqual(data.alignments, [.left, .center])
    }

    func testShortRowsArePaddedAndMissingValuesShowADash() {
        let missing: Double? = nil
        let data = Table(columns: ["a", "b"], rows: [[1, missing], [2, 3.5], [3]]).data
        XCTAssertEqual(data.rows, [["1", "—"], ["2", "3.5"], ["3", ""]])
        XCTAssertEqual(data.alignments, [.right, .right])
    }

    func testHTMLGolden() {
        XCTAssertNil(Golden.mismatch(errors.data.html(), name: "table.html"))
    }

    func testPlainTextGolden() {
        XCTAssertNil(Golden.mismatch(errors.data.plainText(), name: "table.txt"))
    }

    func testHTMLEscapesEveryText() {
        let html = Table(caption: "<i>x</i>", columns: ["a\"<"], rows: [["<script>alert('x')</script>"]]).data.html()
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertFalse(html.contains("<i>"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        XCTAssertTrue(html.contains("<th scope=\"col\">a&quot;&lt;</th>"))
    }
}
