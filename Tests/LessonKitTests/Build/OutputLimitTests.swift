import Foundation
import LessonEvents
import TestSupport
import XCTest
@testable import LessonKit

final class OutputLimitTests: XCTestCase {
    private func lines(_ range: Range<Int>) -> String {
        range.map { "line \($0)\n" }.joined()
    }

    private func text(of result: CellResult) -> String {
        result.events.map { event in
            if case .text(let text) = event { return text }
            return "<event>\n"
        }.joined()
    }

    func testKeepsTheFirstAndLastLinesAndCountsTheRest() {
        var result = CellResult()
        result.events = (0..<1000).map { .text("line \($0)\n") }
        let bounded = OutputLimit.bounded(result, keeping: 3)
        XCTAssertEqual(text(of: bounded), lines(0..<3) + OutputLimit.marker(omitting: 994) + lines(997..<1000))
    }

    func testOtherEventsStayInPlaceAndLinesMaySpanPrints() {
        var result = CellResult()
        let figure = CellEvent.figure(FigureData(svg: "<svg/>", caption: nil))
        result.events = [.text("a"), .text("b\nc\n"), figure, .text(lines(0..<10)), .text("tail without newline")]
        let bounded = OutputLimit.bounded(result, keeping: 2)
        XCTAssertEqual(bounded.events.count, 5)
        XCTAssertEqual(bounded.events[2], figure)
        XCTAssertEqual(text(of: bounded), "ab\nc\n<event>\n" + OutputLimit.marker(omitting: 9) + "line 9\ntail without newline")
    }

    func testShortOutputAndBoundedOutputAreUnchanged() {
        var result = CellResult()
        result.events = [.text(lines(0..<7))]
        XCTAssertEqual(OutputLimit.bounded(result, keeping: 3), result, "7 lines: the marker would save nothing")
        result.events = [.text(lines(0..<100))]
        let once = OutputLimit.bounded(result, keeping: 3)
        XCTAssertEqual(OutputLimit.bounded(once, keeping: 3), once, "cached results are bounded already")
    }

    func testTheCellOptionSetsOrLiftsTheLimit() throws {
        let lesson = try LessonParser.parse(path: "Lessons/01-a.md", text: """
        ```{swift}
        print(1)
        ```

        ```{swift}
        //| output-lines: 2
        print(2)
        ```

        ```{swift}
        //| output-lines: all
        print(3)
        ```
        """)
        XCTAssertEqual(lesson.cells.map(\.options.outputLines), [CellOptions.defaultOutputLines, 2, nil])
        var results = LessonResults(cellCount: 3)
        for index in 0..<3 { results.cells[index].events = [.text(lines(0..<1000))] }
        let bounded = OutputLimit.apply(to: results, lesson: lesson)
        XCTAssertEqual(text(of: bounded.cells[0]).split(separator: "\n").count, 401)
        XCTAssertEqual(text(of: bounded.cells[1]), lines(0..<2) + OutputLimit.marker(omitting: 996) + lines(998..<1000))
        XCTAssertEqual(bounded.cells[2], results.cells[2])
    }

    func testABadLimitNamesItsLine() {
        XCTAssertThrowsError(try LessonParser.parse(path: "Lessons/01-a.md", text: "```{swift}\n//| output-lines: many\nx\n```\n")) { error in
            XCTAssertEqual((error as? LessonErrors)?.errors.first?.location, "Lessons/01-a.md:2:5")
            XCTAssertEqual((error as? LessonErrors)?.errors.first?.message, "cell option 'output-lines' takes a positive number of lines or 'all', not 'many'")
        }
    }

    func testEventLogReadsEveryLineOnceAcrossTornWrites() throws {
        let url = TestSupport.temporaryFolder("events").appendingPathComponent("events.jsonl")
        let log = EventLog(url: url)
        let handle = try FileHandle(forWritingTo: url)
        let encoder = JSONEncoder()
        var bytes = Data()
        for index in 0..<50 {
            bytes += try encoder.encode(EventRecord(.text("line \(index)\n"))) + Data("\n".utf8)
        }
        let cut = bytes.count / 2 + 3
        try handle.write(contentsOf: bytes[..<cut])
        let first = log.poll()
        try handle.write(contentsOf: bytes[cut...])
        let second = log.poll()
        XCTAssertEqual(first.count + second.count, 50)
        XCTAssertEqual(log.events, (0..<50).map { .text("line \($0)\n") })
    }
}
