import FoundationXML
import GANCore
import XCTest
@testable import LessonRuntime

/// Scrubbable figures whose frames are image grids: one PNG and one set of labels per frame.
final class ScrubGridFigureTests: XCTestCase {
    /// `frames` frames of ten 16 × 16 digits, each frame the images fading in, labelled by frame.
    static func digitFilm(frames: Int = 4, labelled: Bool = true) -> ScrubbableFigure {
        let digits = DigitImages(count: 10, seed: 3)
        var figure = ScrubbableFigure(title: "Fixed noise", stillCount: 3)
        for frame in 0..<frames {
            let fade = Float(frame + 1) / Float(frames)
            let labels = labelled ? (0..<10).map { $0 == 0 ? "?" : "\(($0 + frame) % 10)" } : nil
            figure.record(ImageGrid(digits.images * fade, side: 16, columns: 10, labels: labels, scale: 4),
                          step: Double(100 * frame))
        }
        return figure
    }

    private static func payload(_ html: String) throws -> ScrubPayload {
        let start = try XCTUnwrap(html.range(of: "<script type=\"application/json\" class=\"scrub-data\">"))
        let end = try XCTUnwrap(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        return try JSONDecoder().decode(ScrubPayload.self, from: Data(html[start.upperBound..<end.lowerBound].utf8))
    }

    func testEachFrameIsOnePNGAndItsLabels() throws {
        let html = Self.digitFilm().html()
        let payload = try Self.payload(html)
        XCTAssertEqual(payload.frames.map(\.label), ["step 0", "step 100", "step 200", "step 300"])
        for frame in payload.frames {
            XCTAssertEqual(frame.layers.count, 2)
            XCTAssertTrue(frame.layers[0].hasPrefix("data:image/png;base64,"), frame.label)
            XCTAssertEqual(frame.layers[1].components(separatedBy: "\t").count, 10, frame.label)
        }
        XCTAssertEqual(payload.frames[1].layers[1], "?\t2\t3\t4\t5\t6\t7\t8\t9\t0")
        XCTAssertNotEqual(payload.frames[0].layers[0], payload.frames[3].layers[0], "the pictures change")
    }

    func testPlayerHasAnEmptyImageInTheInkMaskAndEmptyLabels() {
        let html = Self.digitFilm().html()
        XCTAssertTrue(html.hasPrefix("<div class=\"scrub\">\n<div class=\"scrub-player\">\n<svg "))
        XCTAssertTrue(html.contains("<mask id=\"plot-"), "gray images ink in the theme's colour")
        XCTAssertTrue(html.contains("<image data-layer=\"0\" x="), "no picture until the script draws one")
        XCTAssertTrue(html.contains("<g data-layer=\"1\" data-labels=\"\""))
        XCTAssertTrue(html.contains("data-frame-label=\"\">step 300</text>"))
        XCTAssertTrue(html.contains("aria-label=\"Frame\" aria-valuetext=\"step 300\">"))
        XCTAssertTrue(html.contains("Scrubbable grid of 10 images in 4 frames, from step 0 to step 300"))
    }

    func testUnlabelledGridsHaveOnlyThePictureLayer() throws {
        let html = Self.digitFilm(labelled: false).html()
        XCTAssertFalse(html.contains("data-labels"))
        XCTAssertTrue(try Self.payload(html).frames.allSatisfy { $0.layers.count == 1 })
    }

    func testRepeatedLabelsAreSentOnce() throws {
        var figure = ScrubbableFigure()
        let digits = DigitImages(count: 4, seed: 1)
        for step in 0..<3 {
            figure.record(ImageGrid(digits.images * Float(step + 1) / 3, side: 16, columns: 4, labels: ["a", "b", "c", "d"]),
                          step: Double(step))
        }
        let frames = try Self.payload(figure.html()).frames
        XCTAssertEqual(frames.map { $0.layers[1] }, ["a\tb\tc\td", ScrubFrame.unchanged, ScrubFrame.unchanged])
    }

    func testFrameFilesDrawEachFramesPictureAndLabels() throws {
        let frames = try XCTUnwrap(ScrubFrames.svgs(fromHTML: Self.digitFilm().html()))
        XCTAssertEqual(frames.count, 4)
        for frame in frames {
            XCTAssertTrue(XMLParser(data: Data(frame.svg.utf8)).parse(), frame.label)
            XCTAssertTrue(frame.svg.contains("<image data-layer=\"0\" href=\"data:image/png;base64,"), frame.label)
            XCTAssertFalse(frame.svg.contains("></text>"), "\(frame.label): every label filled")
            XCTAssertTrue(frame.svg.contains("data-frame-label=\"\">\(frame.label)</text>"))
        }
        XCTAssertTrue(frames[2].svg.contains(">?</text>"))
        XCTAssertTrue(frames[2].svg.contains(">3</text>"))
    }

    func testStillsAreGridsOfAFewFramesThatWorkWithoutTheScript() throws {
        let html = Self.digitFilm(frames: 5).html()
        let stills = String(html[try XCTUnwrap(html.range(of: "<div class=\"scrub-stills\">")).upperBound...])
        XCTAssertEqual(stills.components(separatedBy: "<svg ").count - 1, 3)
        for label in ["Fixed noise, step 0", "Fixed noise, step 200", "Fixed noise, step 400"] {
            XCTAssertTrue(stills.contains("<title id=\"plot-") && stills.contains(label), label)
        }
        XCTAssertEqual(stills.components(separatedBy: "data:image/png;base64,").count - 1, 3, "one picture per still")
    }

    func testThirtyFramesOfTenDigitsStayCompact() {
        let html = Self.digitFilm(frames: 30).html()
        XCTAssertLessThan(html.utf8.count, 120_000, "\(html.utf8.count) bytes")
    }

    func testMixingPlotsAndGridsSaysWhatIsWrong() {
        var figure = Self.digitFilm(frames: 1)
        figure.record(ScatterPlot().points(x: [0], y: [0]), step: 1)
        XCTAssertEqual(figure.frameCount, 2)
        XCTAssertTrue(figure.html().contains("A scrubbable figure holds plots or image grids, not both"))
    }
}
