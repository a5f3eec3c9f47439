import Foundation
import XCTest
import LessonEvents

final class EventRecordTests: XCTestCase {
    func testRecordsAreVersionedJSONLines() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(EventRecord(.text("hi")))
        XCTAssertEqual(String(decoding: data, as: UTF8.self), #"{"e":{"text":{"_0":"hi"}},"v":1}"#)
        XCTAssertEqual(try JSONDecoder().decode(EventRecord.self, from: data).event, .text("hi"))
    }

    func testFiguresCarryTheirMarkupVerbatim() throws {
        let markup = #"<div class="grid"><svg viewBox="0 0 2 2"><rect width="1" height="1"/></svg></div>"#
        let event = CellEvent.figure(FigureData(svg: markup, caption: "a grid"))
        let decoded = try JSONDecoder().decode(EventRecord.self, from: JSONEncoder().encode(EventRecord(event)))
        XCTAssertEqual(decoded.event, event)
    }
}
