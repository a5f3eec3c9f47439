import Foundation
import LessonRuntime
import XCTest
@testable import LessonKit

/// `lessons run`'s figure files: one SVG per figure, one per frame for a scrubbable figure.
final class TerminalReportTests: XCTestCase {
    private func report(_ figure: FigureData) throws -> (text: String, folder: URL) {
        let lesson = try LessonParser.parse(path: "Lessons/07-x.md", text: "---\ntitle: X\nsummary: Y\n---\n```{swift}\nshow(1)\n```\n")
        var results = LessonResults(cellCount: 1)
        results.cells[0].ran = true
        results.cells[0].events = [.figure(figure)]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("figures-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return (TerminalReport.cellOutputs(lesson, results: results, figures: folder), folder)
    }

    func testAPlotIsWrittenAsOneSVGFile() throws {
        let (text, folder) = try report(FigureData(svg: ScatterPlot().points(x: [0], y: [0]).svg(), caption: "c"))
        let file = folder.appendingPathComponent("07-x-cell1-1.svg")
        XCTAssertTrue(text.contains("[figure: c] \(file.path)\n"), text)
        XCTAssertTrue(FileManager.default.fileExists(atPath: file.path))
    }

    func testAScrubbableFigureIsWrittenAsOneSVGPerFrame() throws {
        var film = ScrubbableFigure()
        for step in 0..<12 { film.record(ScatterPlot().points(x: [Double(step)], y: [0]), step: Double(step)) }
        let (text, folder) = try report(FigureData(svg: film.html(), caption: nil))
        XCTAssertTrue(text.contains("[figure] 12 frames:\n  "), text)
        for (number, label) in [("01", "step 0"), ("12", "step 11")] {
            let file = folder.appendingPathComponent("07-x-cell1-1-frame\(number).svg")
            XCTAssertTrue(text.contains("\(file.path) (\(label))"), text)
            let svg = try String(contentsOf: file, encoding: .utf8)
            XCTAssertTrue(svg.hasPrefix("<svg") && svg.contains("data-frame-label=\"\">\(label)</text>"))
        }
    }
}
