import TestSupport
import XCTest
@testable import LessonRuntime

/// Whole SVGs compared with reviewed golden files; re-record with RECORD_GOLDENS=1.
final class PlotGoldenTests: XCTestCase {
    func testLinePlot() {
        XCTAssertNil(Golden.mismatch(PlotFixtures.lossCurves.svg(), name: "line.svg"))
    }

    func testScatterPlot() {
        XCTAssertNil(Golden.mismatch(PlotFixtures.ring.svg(), name: "scatter.svg"))
    }

    func testHistogram() {
        XCTAssertNil(Golden.mismatch(PlotFixtures.samples.svg(), name: "histogram.svg"))
    }

    func testHeatmap() {
        XCTAssertNil(Golden.mismatch(PlotFixtures.field.svg(), name: "heatmap.svg"))
    }

    func testMultiPanelFigure() {
        XCTAssertNil(Golden.mismatch(PlotFixtures.stages.svg(), name: "figure.svg"))
    }

    func testArrowsAndMesh() {
        XCTAssertNil(Golden.mismatch(PlotFixtures.vectors.svg(), name: "vectors.svg"))
    }
}
