import FoundationXML
import XCTest
@testable import LessonRuntime

/// Scrubbable figures: the player's markup, the frame data and its coding, the stills, the frame files, the size.
final class ScrubbableFigureTests: XCTestCase {
    /// A ring-training-sized figure: `frames` frames of a 40 × 40 heatmap with `points` points, plus arrows and a mesh.
    static func ringFilm(frames: Int = 60, points: Int = 500, extras: Bool = true) -> ScrubbableFigure {
        var figure = ScrubbableFigure(title: "Ring")
        for frame in 0..<frames {
            let t = Double(frame) / Double(max(frames - 1, 1))
            let angles = (0..<points).map { 2 * Double.pi * Double($0) / Double(points) + t }
            let xs = angles.map { (0.2 + 1.8 * t) * cos($0) }, ys = angles.map { (0.2 + 1.8 * t) * sin($0) }
            var plot = Heatmap(x: -3...3, y: -3...3, resolution: 40, colorLabel: "D(x)", range: 0...1) { x, y in
                1 / (1 + exp(-(x * x + y * y - 4 * t)))
            }.points(x: xs, y: ys, label: "generated")
            if extras {
                let grid = (0..<5).map { Double($0) - 2 }
                plot = plot
                    .arrows(x: Array(xs.prefix(50)), y: Array(ys.prefix(50)), dx: Array(xs.prefix(50)), dy: Array(ys.prefix(50)), label: "∇ log D")
                    .mesh(x: grid.map { r in grid.map { $0 * t + r * 0.1 } }, y: grid.map { r in grid.map { _ in r * t } }, label: "G(grid)")
            }
            figure.record(plot, step: Double(frame * 50))
        }
        figure.losses = LinePlot(xLabel: "step").line(x: [0, 1_500, 2_950], y: [1.4, 1.2, 1.3], label: "D")
        return figure
    }

    func testSixtyFrameRingFigureWeighsUnder600KB() {
        let bare = Self.ringFilm(extras: false).html()
        XCTAssertLessThan(bare.utf8.count, 600_000, "\(bare.utf8.count) bytes")
        let full = Self.ringFilm().html()
        XCTAssertLessThan(full.utf8.count, 600_000, "\(full.utf8.count) bytes")
    }

    func testPlayerHasLabelledControlsHiddenUntilTheScriptRuns() {
        let html = Self.ringFilm(frames: 3, points: 10).html()
        XCTAssertTrue(html.hasPrefix("<div class=\"scrub\">\n<div class=\"scrub-player\">\n<svg "))
        XCTAssertTrue(html.contains("<div class=\"scrub-controls\" role=\"group\" aria-label=\"Frames\" hidden>"))
        XCTAssertTrue(html.contains("<button type=\"button\" class=\"scrub-prev\" aria-label=\"Previous frame\">"))
        XCTAssertTrue(html.contains("<button type=\"button\" class=\"scrub-play\" aria-pressed=\"false\">Play</button>"))
        XCTAssertTrue(html.contains("<button type=\"button\" class=\"scrub-next\" aria-label=\"Next frame\">"))
        XCTAssertTrue(html.contains(
            "type=\"range\" min=\"0\" max=\"2\" step=\"1\" value=\"2\" aria-label=\"Frame\" aria-valuetext=\"step 100\">"))
        XCTAssertTrue(html.contains("<output class=\"scrub-label\" aria-live=\"polite\">step 100</output>"))
        XCTAssertTrue(html.contains("Scrubbable figure of 3 frames, from step 0 to step 100; a slider chooses the frame."))
        XCTAssertFalse(html.contains("http://") && !html.contains("http://www.w3.org/2000/svg"), "no request elsewhere")
    }

    func testEveryLayerHasAnEmptyElementForTheScript() {
        let html = Self.ringFilm(frames: 2, points: 4).html()
        XCTAssertTrue(html.contains("<image data-layer=\"0\" x="), "heatmap without href until drawn")
        XCTAssertTrue(html.contains("<g data-layer=\"1\" data-r=\"3\""))
        XCTAssertTrue(html.contains("<path data-layer=\"2\" d=\"\" data-w=\"1.2\""))
        XCTAssertTrue(html.contains("<path data-layer=\"3\" d=\"\" data-rows=\"5\" data-cols=\"5\""))
        XCTAssertTrue(html.contains("<path data-cursor=\"\" d=\"\""))
        XCTAssertTrue(html.contains("data-frame-label=\"\">step 50</text>"))
    }

    /// The legend is drawn once, above the plot area: a corner chosen for the first frame could
    /// hide later frames' points (lesson 8's film once covered a mode in its last frame).
    func testLegendSitsAboveThePlotArea() throws {
        let html = Self.ringFilm(frames: 3, points: 10).html()
        let player = String(html[..<(try XCTUnwrap(html.range(of: "</svg>")).lowerBound)])
        let legendY = try XCTUnwrap(Double(XCTUnwrap(player.firstMatch(of: /y="([0-9.]+)"[^>]*>generated<\/text>/)?.1)))
        let plotTop = try XCTUnwrap(Double(XCTUnwrap(player.firstMatch(of: /<clipPath id="[^"]+"><rect x="[0-9.]+" y="([0-9.]+)"/)?.1)))
        XCTAssertLessThan(legendY, plotTop)
        XCTAssertEqual(player.components(separatedBy: "rx=\"3\" fill-opacity=\"0.9\"").count - 1, 1,
                       "one legend box: the loss panel's, none inside the frames' plot")
    }

    /// Curves against x keep their y range in the stills; only planes keep one unit equal on both axes.
    func testStillsOfLinePlotsKeepTheirRange() throws {
        var figure = ScrubbableFigure()
        for step in 0..<3 {
            figure.record(LinePlot(xRange: -1...9, yRange: 0...1).line(x: [-1, 9], y: [0, Double(step) / 2]), step: Double(step))
        }
        let html = figure.html()
        let stills = String(html[try XCTUnwrap(html.range(of: "<div class=\"scrub-stills\">")).upperBound...])
        XCTAssertTrue(stills.contains(">0.5</text>"), "the y ticks of 0…1, not of a range as wide as x: \(stills)")
    }

    func testStillsShowFirstMiddleAndLastFramesAsOneFigure() throws {
        let html = Self.ringFilm(frames: 7, points: 5).html()
        let stills = try XCTUnwrap(html.range(of: "<div class=\"scrub-stills\">")).upperBound
        let svg = String(html[stills...])
        XCTAssertTrue(svg.contains("4 of the 7 frames: step 0, step 100, step 200, step 300."))
        XCTAssertTrue(XMLParser(data: Data(svg.dropLast("</div>\n</div>".count).utf8)).parse())
    }

    func testCoordinatesRoundTripToAFifthOfAUnitAndMarkMissingPoints() {
        let coder = CoordinateCoder(x: 50, y: 20, width: 400, height: 380)
        let points = [(50.0, 20.0), (450.0, 400.0), (123.456, 321.987), (-140.0, 10.0), (Double.nan, 5.0), (2000.0, 30.0)]
        let decoded = coder.decode(coder.encode(points))
        XCTAssertEqual(decoded.count, points.count)
        for (original, back) in zip(points.prefix(4), decoded.prefix(4)) {
            let back = try? XCTUnwrap(back)
            XCTAssertEqual(back?.0 ?? .nan, original.0, accuracy: 0.2)
            XCTAssertEqual(back?.1 ?? .nan, original.1, accuracy: 0.2)
        }
        XCTAssertNil(decoded[4], "NaN is missing")
        XCTAssertNil(decoded[5], "far outside the plot is missing")
        XCTAssertEqual(coder.encode([(Double.nan, 0)]), "____")
    }

    func testFrameDataCannotCloseItsScriptElement() {
        var figure = ScrubbableFigure()
        figure.record(ScatterPlot().points(x: [0], y: [0]), step: 0, label: "</script><b>")
        let html = figure.html()
        XCTAssertEqual(html.components(separatedBy: "</script>").count, 2, "only the data element's own end tag")
        XCTAssertTrue(html.contains("\\u003c\\/script>\\u003cb>"))
    }

    func testFrameFilesDrawEachFrameLikeTheScript() throws {
        let figure = Self.ringFilm(frames: 3, points: 8)
        let frames = try XCTUnwrap(ScrubFrames.svgs(fromHTML: figure.html()))
        XCTAssertEqual(frames.map(\.label), ["step 0", "step 50", "step 100"])
        for frame in frames {
            XCTAssertTrue(XMLParser(data: Data(frame.svg.utf8)).parse(), frame.label)
            XCTAssertEqual(frame.svg.components(separatedBy: " r=\"3\"/>").count - 1, 8, "\(frame.label): one circle per point")
            XCTAssertTrue(frame.svg.contains("<image data-layer=\"0\" href=\"data:image/png;base64,"), frame.label)
            XCTAssertTrue(frame.svg.contains("data-frame-label=\"\">\(frame.label)</text>"), frame.label)
            XCTAssertFalse(frame.svg.contains("d=\"\""), "\(frame.label): every path drawn")
        }
        XCTAssertNotEqual(frames[0].svg, frames[2].svg)
        XCTAssertNil(ScrubFrames.svgs(fromHTML: PlotFixtures.ring.svg()), "not a scrubbable figure")
    }

    func testALayerThatRepeatsThePreviousFrameIsSentOnce() throws {
        var figure = ScrubbableFigure()
        for step in 0..<3 {
            figure.record(ScatterPlot(xRange: -1...1, yRange: -1...1)
                .points(x: [0.5], y: [0.5], label: "data").points(x: [Double(step) / 4], y: [0], label: "moving"), step: Double(step))
        }
        let html = figure.html()
        XCTAssertEqual(html.components(separatedBy: "\"~\"").count - 1, 2, "frames 2 and 3 repeat the data layer")
        let frames = try XCTUnwrap(ScrubFrames.svgs(fromHTML: html))
        XCTAssertTrue(frames.allSatisfy { $0.svg.components(separatedBy: " r=\"2.5\"/>").count - 1 == 2 }, "both points drawn in every frame")
    }

    func testEmptyFigureRendersAPlaceholderPlot() {
        let html = ScrubbableFigure(title: "Nothing").html()
        XCTAssertTrue(html.hasPrefix("<svg"))
        XCTAssertNil(ScrubFrames.svgs(fromHTML: html))
    }

    func testShowEmitsOneFigureEventWithTheHTML() {
        let figure = Self.ringFilm(frames: 2, points: 3)
        guard case .figure(let data) = figure.displayEvent else { return XCTFail("not a figure") }
        XCTAssertEqual(data.svg, figure.html())
    }

    func testIndexedPNGHasPaletteAndTransparency() throws {
        let uri = PNGEncoder.indexedDataURI(width: 2, height: 1, palette: [(0, 0, 0), (255, 255, 255)], indices: [0, 2])
        let data = try XCTUnwrap(Data(base64Encoded: String(uri.dropFirst("data:image/png;base64,".count))))
        XCTAssertEqual(Array(data.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        XCTAssertEqual(data[25], 3, "colour type: indexed")
        XCTAssertNotNil(data.range(of: Data("PLTE".utf8)))
        XCTAssertNotNil(data.range(of: Data("tRNS".utf8)))
    }
}
