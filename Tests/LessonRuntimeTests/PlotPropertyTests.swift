import FoundationXML
import XCTest
@testable import LessonRuntime

final class PlotPropertyTests: XCTestCase {
    func testEverySVGIsWellFormedXML() {
        for (name, graphic) in PlotFixtures.all + [("hostile", Self.hostile)] {
            let parser = XMLParser(data: Data(graphic.svg().utf8))
            XCTAssertTrue(parser.parse(), "\(name): \(parser.parserError.map(String.init(describing:)) ?? "")")
        }
    }

    func testDegenerateInputsStillRenderWellFormedSVG() {
        let cases: [(String, any Graphic)] = [
            ("empty line plot", LinePlot()),
            ("single point", LinePlot(x: [1], y: [1])),
            ("non-finite values", LinePlot(x: [0, 1, 2, 3], y: [1, .nan, .infinity, 2])),
            ("constant scatter", ScatterPlot().points(x: [0, 0], y: [5, 5])),
            ("empty histogram", Histogram().values([])),
            ("constant histogram", Histogram(bins: 3).values([2, 2, 2])),
            ("empty heatmap", Heatmap(x: [], y: [], values: [])),
            ("empty figure", Figure(panels: [])),
            ("huge values", LinePlot(x: [0, 1e9], y: [-1e12, 1e12])),
        ]
        for (name, graphic) in cases {
            let svg = graphic.svg()
            XCTAssertTrue(XMLParser(data: Data(svg.utf8)).parse(), name)
            XCTAssertFalse(svg.contains("nan") || svg.contains("inf"), name)
        }
    }

    func testLongTitlesShrinkToFit() {
        let short = LinePlot(title: "Losses").line(y: [1, 2]).svg()
        let long = LinePlot(title: String(repeating: "discriminator ", count: 10)).line(y: [1, 2]).svg()
        XCTAssertTrue(short.contains("font-size=\"17.7\" font-weight=\"600\">Losses<"))
        XCTAssertTrue(long.contains("font-size=\"12.4\" font-weight=\"600\">discriminator"), long)
    }

    func testEveryFigureIsAccessibleAndScalable() {
        for (name, graphic) in PlotFixtures.all {
            let svg = graphic.svg()
            XCTAssertTrue(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "), name)
            XCTAssertTrue(svg.contains(" width=\"100%\" role=\"img\" aria-labelledby=\"plot-"), name)
            XCTAssertTrue(svg.contains("<title id=\"plot-"), name)
            XCTAssertTrue(svg.contains("<desc id=\"plot-"), name)
        }
    }

    func testGeneratedDescriptionNamesSeriesAndRanges() {
        let svg = PlotFixtures.lossCurves.svg()
        XCTAssertTrue(svg.contains(
            "<desc id=\"plot-") && svg.contains("Line plot “Losses”. 2 series: D, G. Horizontal axis (step) from 0 to 400;"))
    }

    func testUserDescriptionReplacesTheGeneratedOne() {
        let svg = LinePlot(title: "t", description: "Loss falls, then levels off.").line(y: [1, 2]).svg()
        XCTAssertTrue(svg.contains(">Loss falls, then levels off.</desc>"))
    }

    func testAllTextIsEscaped() {
        let svg = Self.hostile.svg()
        XCTAssertFalse(svg.contains("<script"))
        XCTAssertFalse(svg.contains("\"onload"))
        XCTAssertTrue(svg.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;"))
    }

    func testColorsComeFromThemeVariablesWithFallbacks() {
        let svg = PlotFixtures.lossCurves.svg()
        XCTAssertTrue(svg.contains("style=\"stroke: var(--plot-series-1, #1f77b4)\""))
        XCTAssertTrue(svg.contains("style=\"stroke: var(--plot-series-2, #ff7f0e)\""))
        XCTAssertTrue(svg.contains("style=\"fill: var(--plot-bg, #ffffff)\""))
        XCTAssertFalse(svg.contains("fill=\"var("), "presentation attributes do not accept var()")
        XCTAssertFalse(svg.contains("stroke=\"var("), "presentation attributes do not accept var()")
    }

    func testHexColorsAreValidated() {
        XCTAssertEqual(PlotColor.hex("#A0b1C2").css, "#a0b1c2")
        XCTAssertEqual(PlotColor.hex("red;} body{x"), .foreground)
        XCTAssertEqual(PlotColor.series(9), .series(1))
    }

    func testOutputIsDeterministic() {
        for (name, graphic) in PlotFixtures.all {
            XCTAssertEqual(graphic.svg(), graphic.svg(), name)
        }
    }

    func testIdsDifferBetweenFigures() {
        let ids = PlotFixtures.all.map { Self.titleID(in: $0.graphic.svg()) }
        XCTAssertEqual(Set(ids).count, ids.count, "\(ids)")
    }

    func testTwoThousandFiveHundredPointScatterStaysUnder150KB() {
        var state: UInt64 = 1
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53) * 4 - 2
        }
        let real = (0..<1250).map { _ in (next(), next()) }
        let fake = (0..<1250).map { _ in (next(), next()) }
        let svg = ScatterPlot(title: "Ring of 8 Gaussians")
            .points(x: real.map(\.0), y: real.map(\.1), label: "real")
            .points(x: fake.map(\.0), y: fake.map(\.1), label: "generated")
            .svg()
        XCTAssertEqual(svg.components(separatedBy: "<circle").count - 1, 2500 + 2)
        XCTAssertLessThan(svg.utf8.count, 150_000)
    }

    func testCoordinatesAreRoundedToOneDecimal() {
        XCTAssertEqual(SVGBuilder.number(12.345), "12.3")
        XCTAssertEqual(SVGBuilder.number(7.0), "7")
        XCTAssertEqual(SVGBuilder.number(-0.04), "0")
        XCTAssertEqual(SVGBuilder.number(-0.46), "-0.5")
        XCTAssertEqual(SVGBuilder.number(.nan), "0")
        let svg = PlotFixtures.lossCurves.svg()
        XCTAssertNil(svg.range(of: #"="[^"]*\d\.\d\d"#, options: .regularExpression))
    }

    func testHeatmapEmbedsAValidPNG() throws {
        let png = PNGEncoder.encode(width: 2, height: 1, pixels: [(255, 0, 0, 255), (0, 0, 255, 128)])
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        // The IEND chunk's CRC is a constant of the format.
        XCTAssertEqual(Array(png.suffix(8)), [0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82])
        XCTAssertTrue(PlotFixtures.field.svg().contains("href=\"data:image/png;base64,iVBORw0KGgo"))
    }

    func testColormapEnds() {
        XCTAssertTrue(Colormap.viridis.rgb(at: 0) == (0x44, 0x01, 0x54))
        XCTAssertTrue(Colormap.viridis.rgb(at: 2) == (0xfd, 0xe7, 0x25))
    }

    func testFigureLabelsPanelsAndDrawsASharedLegendOnce() {
        let svg = PlotFixtures.stages.svg()
        XCTAssertTrue(svg.contains(">(a) scale 1</text>"))
        XCTAssertTrue(svg.contains(">(b) scale 2</text>"))
        XCTAssertEqual(svg.components(separatedBy: ">p_g</text>").count - 1, 1)
    }

    func testShowEmitsAFigureEvent() {
        let event = PlotFixtures.ring.displayEvent
        XCTAssertEqual(event, .figure(FigureData(svg: PlotFixtures.ring.svg(), caption: nil)))
    }

    private static let hostile = LinePlot(
        title: "<script>alert(\"x\")</script> & 'quotes'", xLabel: "\"onload=\"x", yLabel: "y</text>"
    ).line(x: [0, 1], y: [0, 1], label: "<b>\u{1}\u{E000}</b>")

    private static func titleID(in svg: String) -> String {
        guard let range = svg.range(of: #"<title id="[^"]+""#, options: .regularExpression) else { return "" }
        return String(svg[range])
    }
}
