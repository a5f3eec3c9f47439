import Foundation
import XCTest
@testable import LessonRuntime

final class EventRecordTests: XCTestCase {
    func testRecordsAreVersionedJSONLines() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(EventRecord(.text("hi")))
        XCTAssertEqual(String(decoding: data, as: UTF8.self), #"{"e":{"text":{"_0":"hi"}},"v":1}"#)
        XCTAssertEqual(try JSONDecoder().decode(EventRecord.self, from: data).event, .text("hi"))
    }

    func testSinkAppendsOneLinePerEvent() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("events-\(UUID().uuidString).jsonl").path
        let sink = EventSink(path: path)
        sink.emit(.cellStarted(cell: 0))
        sink.emit(.value("0.3"))
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        XCTAssertEqual(try JSONDecoder().decode(EventRecord.self, from: Data(lines[1].utf8)).event, .value("0.3"))
    }
}
