import XCTest
@testable import LessonRuntime

/// Where a panel's legend goes: in a free corner, or above the data when every corner holds some.
final class LegendPlacementTests: XCTestCase {
    private func renderer(_ plot: some Plot) -> ChartRenderer {
        let frame = Rect(x: 0, y: 0, width: plot.chart.size.width, height: plot.chart.size.height)
        return ChartRenderer(chart: plot.chart, frame: frame, fontSize: 14, clipID: "c", panelLabel: nil)
    }

    /// Two flat losses that run through all four corners, as a GAN's losses do.
    private let crowded = LinePlot(title: "losses")
        .line(y: (0..<400).map { 1.38 + 0.01 * sin(Double($0)) }, label: "detective")
        .line(y: (0..<400).map { 0.69 + 0.01 * cos(Double($0)) }, label: "forger", style: .dashed)

    func testWhenEveryCornerHoldsDataTheAxisGrowsAndTheLegendHidesNothing() throws {
        let plain = ChartLayout(chart: crowded.chart, frame: Rect(x: 0, y: 0, width: 640, height: 400),
                                fontSize: 14, hasTitle: true)
        let layout = renderer(crowded).layout
        XCTAssertEqual(layout.yDomain.lowerBound, plain.yDomain.lowerBound)
        XCTAssertGreaterThan(layout.yDomain.upperBound, plain.yDomain.upperBound + 0.1)
        // The highest data point now lies below the legend box in the top right corner.
        let legend = LegendRenderer(marks: crowded.chart.marks, layout: layout)
        XCTAssertNil(legend.headroom(), "with the room made, a corner is free")
        let box = try XCTUnwrap(legendBox(in: renderer(crowded).render().markup))
        XCTAssertGreaterThan(layout.py(1.39), box.maxY, "the top curve passes under the legend")
        XCTAssertGreaterThan(box.x, layout.plot.x + layout.plot.width / 2, "the legend sits on the right")
    }

    func testALegendTooTallForTheRoomAboveTheDataGoesInRowsAboveThePlot() {
        let small = Chart.Size(width: 360, height: 200)
        let crowdedSmall = LinePlot(title: "densities", size: small)
            .line(y: (0..<100).map { 0.3 + 0.01 * sin(Double($0)) }, label: "genuine")
            .line(y: (0..<100).map { 0.2 + 0.01 * cos(Double($0)) }, label: "forged")
            .line(y: (0..<100).map { 0.1 + 0.01 * sin(Double($0) / 3) }, label: "p_data")
        let plain = ChartLayout(chart: crowdedSmall.chart, frame: Rect(x: 0, y: 0, width: 360, height: 200),
                                fontSize: 14, hasTitle: true)
        XCTAssertGreaterThan(try XCTUnwrap(LegendRenderer(marks: crowdedSmall.chart.marks, layout: plain).headroom()), 0.5)
        let layout = renderer(crowdedSmall).layout
        let rows = LegendRenderer.rows(crowdedSmall.chart.marks, width: plain.plot.width, font: 14)
        XCTAssertTrue((1...3).contains(rows.count))
        XCTAssertEqual(layout.plot.y, plain.plot.y + Double(rows.count) * 14 * 1.8, accuracy: 1e-9, "rows are left above the plot")
        XCTAssertEqual(layout.yDomain, plain.yDomain, "the data keep the whole height")
        let markup = renderer(crowdedSmall).render().markup
        XCTAssertNil(legendBox(in: markup), "no boxed legend over the data")
        for label in ["genuine", "forged", "p_data"] {
            XCTAssertTrue(markup.contains(">\(label)<"), label)
        }
    }

    func testALegendWiderThanThePlotWrapsIntoRows() {
        let marks = ["genuine samples", "forged samples", "the data density"].map { label in
            Mark.line(LineMark(xs: [0, 1], ys: [0, 1], label: label, color: .series(1), style: .solid, width: 2))
        }
        let rows = LegendRenderer.rows(marks, width: 300, font: 14)
        XCTAssertEqual(rows.map { $0.compactMap(\.label) }, [["genuine samples"], ["forged samples"], ["the data density"]])
        XCTAssertEqual(LegendRenderer.rows(marks, width: 2_000, font: 14).count, 1)
    }

    func testAnEqualScalePlotWithItsLegendInRowsKeepsItsRanges() {
        // A ring of points, its centre and the corners of its square: every corner of the plane holds one.
        let angles = (0..<8).map { Double($0) * .pi / 4 }
        let plane = ScatterPlot(title: "after 1,000 steps", size: .init(width: 360, height: 270))
            .points(x: angles.map { 1.4 * cos($0) } + [0], y: angles.map { 1.4 * sin($0) } + [0], label: "mode centres")
            .points(x: [-1.4, 1.4, 1.4, -1.4], y: [1.4, 1.4, -1.4, -1.4], label: "corners")
            .points(x: [0.1], y: [0.1], label: "end")
        XCTAssertTrue(plane.chart.equalAspect)
        let frame = Rect(x: 0, y: 0, width: 360, height: 270)
        let plain = ChartLayout(chart: plane.chart, frame: frame, fontSize: 14, hasTitle: true)
        let layout = renderer(plane).layout
        XCTAssertGreaterThan(layout.plot.y, plain.plot.y, "the legend went above the plane")
        XCTAssertEqual(layout.xDomain.lowerBound, plain.xDomain.lowerBound, accuracy: 1e-9)
        XCTAssertEqual(layout.xDomain.upperBound, plain.xDomain.upperBound, accuracy: 1e-9)
        XCTAssertEqual(layout.yDomain.lowerBound, plain.yDomain.lowerBound, accuracy: 1e-9)
        XCTAssertEqual(layout.plot.width / layout.plot.height, plain.plot.width / plain.plot.height, accuracy: 1e-9)
    }

    func testAFreeCornerOrAFixedRangeLeavesTheAxisAlone() {
        let free = LinePlot().line(y: [0, 1, 2, 3, 4], label: "rising")
        let plain = ChartLayout(chart: free.chart, frame: Rect(x: 0, y: 0, width: 640, height: 400),
                                fontSize: 14, hasTitle: false)
        XCTAssertEqual(renderer(free).layout.yDomain, plain.yDomain)

        let fixed = LinePlot(title: "losses", yRange: 0.5...1.5)
            .line(y: [1.45, 1.45], label: "detective").line(y: [0.55, 0.55], label: "forger")
        XCTAssertEqual(renderer(fixed).layout.yDomain, 0.5...1.5, "a range the lesson fixed stays")
        let fixedPlain = ChartLayout(chart: fixed.chart, frame: Rect(x: 0, y: 0, width: 640, height: 400),
                                     fontSize: 14, hasTitle: true)
        XCTAssertGreaterThan(renderer(fixed).layout.plot.y, fixedPlain.plot.y, "so the legend goes above the plot")
    }

    func testAPlotWithoutALegendKeepsItsRange() {
        let unlabelled = LinePlot().line(y: [1.38, 1.38, 1.38]).line(y: [0.69, 0.69, 0.69])
        XCTAssertNil(LegendRenderer(marks: unlabelled.chart.marks, layout: renderer(unlabelled).layout).headroom())
    }

    /// The legend's background rectangle (the one drawn with rounded corners).
    private func legendBox(in markup: String) -> Rect? {
        guard let rect = markup.components(separatedBy: "<rect ").first(where: { $0.contains("rx=\"3\"") }) else { return nil }
        func value(_ name: String) -> Double? {
            guard let range = rect.range(of: "\(name)=\"") else { return nil }
            return Double(rect[range.upperBound...].prefix { $0 != "\"" })
        }
        guard let x = value("x"), let y = value("y"), let width = value("width"), let height = value("height") else {
            return nil
        }
        return Rect(x: x, y: y, width: width, height: height)
    }
}
