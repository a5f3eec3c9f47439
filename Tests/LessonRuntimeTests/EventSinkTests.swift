import Foundation
import XCTest
import LessonRuntime

final class EventSinkTests: XCTestCase {
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
