import FoundationXML
import XCTest
@testable import LessonRuntime

/// Arrows and meshes: geometry, scaling, bad input, legend and description.
final class VectorMarkTests: XCTestCase {
    private func paths(_ svg: String) -> [String] {
        svg.components(separatedBy: " d=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    func testAnArrowIsAShaftAndATwoStrokeHeadEndingAtTheTip() {
        let path = VectorPaths.arrows([(x0: 0, y0: 0, x1: 100, y1: 0)], width: 1)
        XCTAssertEqual(path, "M0 0L100 0M95.6 -2.3L100 0 95.6 2.3")
    }

    func testShortAndNonFiniteArrowsAreLeftOut() {
        XCTAssertEqual(VectorPaths.arrows([(x0: 0, y0: 0, x1: 0.2, y1: 0)], width: 1), "")
        let plot = ScatterPlot(xRange: -1...1, yRange: -1...1)
            .arrows(x: [0, .nan, 0.5], y: [0, 0, .infinity], dx: [1, 1, 1], dy: [0, 0, 0])
        let svg = plot.svg()
        XCTAssertTrue(XMLParser(data: Data(svg.utf8)).parse())
        XCTAssertFalse(svg.contains("nan") || svg.contains("inf"))
        XCTAssertTrue(svg.contains("1 arrow, the longest vector of length 1."), svg)
    }

    func testExplicitScaleMultipliesTheVectors() throws {
        let plot = ScatterPlot(xRange: 0...10, yRange: 0...10, equalAspect: false)
            .arrows(x: [0], y: [0], dx: [1], dy: [0], scale: 5, width: 1)
        let chart = plot.chart
        let frame = Rect(x: 0, y: 0, width: chart.size.width, height: chart.size.height)
        let layout = ChartLayout(chart: chart, frame: frame, fontSize: PlotText.fontSize(forWidth: frame.width), hasTitle: false)
        let shaft = try XCTUnwrap(paths(plot.svg()).first { $0.contains("L") })
        XCTAssertTrue(shaft.hasPrefix("M\(SVGBuilder.number(layout.px(0))) \(SVGBuilder.number(layout.py(0)))L\(SVGBuilder.number(layout.px(5))) \(SVGBuilder.number(layout.py(0)))M"), shaft)
    }

    func testWithoutScaleTheLongestArrowSpansEightPercentOfTheLongerAxis() {
        let chart = ScatterPlot(xRange: -5...5, yRange: -5...5).arrows(x: [0, 1], y: [0, 0], dx: [100, 50], dy: [0, 0]).chart
        let frame = Rect(x: 0, y: 0, width: chart.size.width, height: chart.size.height)
        let layout = ChartLayout(chart: chart, frame: frame, fontSize: 12, hasTitle: false)
        guard case .arrows(let arrows) = chart.marks[0] else { return XCTFail() }
        let span = max(layout.xDomain.upperBound - layout.xDomain.lowerBound, layout.yDomain.upperBound - layout.yDomain.lowerBound)
        XCTAssertEqual(MarkRenderer(layout: layout).arrowScale(arrows) * 100, 0.08 * span, accuracy: 1e-12)
    }

    func testMeshDrawsEveryRowAndColumnAndBreaksAtNonFiniteNodes() {
        XCTAssertEqual(MeshMark(xs: [[0, 1], [0, 1]], ys: [[0, 0], [1, 1]], label: nil, color: .foreground, width: 1, opacity: 1)
            .polylines.count, 4)
        XCTAssertEqual(VectorPaths.polylines([[(0, 0), (1, 1), (.nan, 2), (3, 3), (4, 4)]]), "M0 0 1 1M3 3 4 4")
        let ragged = ScatterPlot().mesh(x: [[0, 1, 2], [0]], y: [[0, 0, 0], [1, 1]])
        XCTAssertTrue(XMLParser(data: Data(ragged.svg().utf8)).parse(), "ragged rows are cut to the shortest")
        XCTAssertTrue(ragged.svg().contains("A warped grid of 2 × 1 nodes."))
    }

    func testLegendShowsAnArrowAndAGridAndColoursComeFromTheTheme() {
        let svg = PlotFixtures.vectors.svg()
        XCTAssertTrue(svg.contains(">v</text>") && svg.contains(">G(grid)</text>"))
        XCTAssertTrue(svg.contains("style=\"stroke: var(--plot-series-1, #1f77b4)\""))
        XCTAssertTrue(svg.contains("style=\"stroke: var(--plot-series-2, #ff7f0e)\""))
        XCTAssertTrue(svg.contains("4 arrows “v”, the longest vector of length 1. A warped grid “G(grid)” of 2 × 3 nodes."))
    }
}
