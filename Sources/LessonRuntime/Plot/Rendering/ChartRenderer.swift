/// Draws one chart into a frame of a larger SVG: grid, marks, axes, labels, legend, colour bar.
struct ChartRenderer {
    let chart: Chart
    let frame: Rect
    let fontSize: Double
    /// A document-unique id for this panel's clip path.
    let clipID: String
    /// A label such as "(a)" written before the title in multi-panel figures.
    let panelLabel: String?
    /// Markup drawn in the plot area instead of the marks (a scrubbable figure's empty layers, which its
    /// script fills); the legend and axes still come from the marks.
    var marksMarkup: SVGBuilder? = nil
    /// Marks the title as the frame label that a scrubbable figure's script rewrites.
    var titleIsFrameLabel = false
    /// The panel label and the chart's title, as drawn above the plot.
    private let title: String?
    /// The layout and the legend's rows, worked out once (``arrange(_:frame:fontSize:title:)``).
    private let arrangement: (layout: ChartLayout, legendRows: [[Mark]])

    /// A renderer of `chart` in `frame`; `panelLabel` goes before the title.
    init(chart: Chart, frame: Rect, fontSize: Double, clipID: String, panelLabel: String?) {
        self.chart = chart
        self.frame = frame
        self.fontSize = fontSize
        self.clipID = clipID
        self.panelLabel = panelLabel
        title = [panelLabel, chart.title].compactMap { $0 }.joined(separator: " ").nilIfEmpty
        arrangement = Self.arrange(chart, frame: frame, fontSize: fontSize, title: title)
    }

    private var foreground: String { "fill: \(PlotTheme.variable("fg"))" }

    /// The layout this renderer uses; ``ChartDescription`` reads the same domains.
    var layout: ChartLayout { arrangement.layout }

    /// The layout and the legend's rows above the plot area (none when it sits inside). A legend sits in a
    /// corner of the plot area that holds no data. When every corner holds some, the vertical axis grows to
    /// make room above the data (if the chart chose its own range and that takes at most half the plot);
    /// otherwise the legend goes in rows between the title and the plot area, as long as the plot keeps
    /// more than half its height (a plot with equal scales narrows as much, keeping its ranges). Failing
    /// both, it takes the corner that hides the fewest points.
    private static func arrange(
        _ chart: Chart, frame: Rect, fontSize: Double, title: String?
    ) -> (layout: ChartLayout, legendRows: [[Mark]]) {
        let hasTitle = title != nil
        let plain = ChartLayout(chart: chart, frame: frame, fontSize: fontSize, hasTitle: hasTitle)
        guard chart.showsLegend, let headroom = LegendRenderer(marks: chart.marks, layout: plain).headroom() else {
            return (plain, [])
        }
        if headroom <= 0.5 && chart.yRange == nil && !chart.equalAspect {
            let roomy = ChartLayout(chart: chart, frame: frame, fontSize: fontSize, hasTitle: hasTitle, legendHeadroom: headroom)
            return (roomy, [])
        }
        let rows = LegendRenderer.rows(chart.marks, width: plain.plot.width, font: fontSize)
        let below = ChartLayout(chart: chart, frame: frame, fontSize: fontSize, hasTitle: hasTitle, legendRows: rows.count)
        guard below.plot.height > plain.plot.height / 2 else { return (plain, []) }
        return (below, rows)
    }

    /// The chart's markup.
    func render() -> SVGBuilder {
        let (layout, legendRows) = arrangement
        let plot = layout.plot
        var svg = SVGBuilder()
        svg.open("g", ["font-size": SVGBuilder.number(fontSize)])
        let hasCells = chart.marks.contains { if case .cells = $0 { true } else { false } }
        if !hasCells { drawGrid(layout, into: &svg) }

        svg.open("clipPath", ["id": clipID])
        svg.empty("rect", rect(plot))
        svg.close("clipPath")
        svg.open("g", ["clip-path": "url(#\(clipID))"])
        if let marksMarkup {
            svg.append(marksMarkup)
        } else {
            var marks = MarkRenderer(layout: layout)
            for mark in chart.marks { marks.draw(mark) }
            svg.append(marks.svg)
        }
        svg.close("g")

        drawAxes(layout, into: &svg)
        drawLabels(layout, into: &svg)
        if let bar = chart.colorBar {
            ColorBarRenderer(bar: bar, layout: layout).draw(into: &svg)
        }
        for (index, row) in legendRows.enumerated() {
            let y = plot.y - fontSize * (0.9 + 1.8 * Double(legendRows.count - 1 - index))
            LegendRenderer.drawRow(row, centre: plot.x + plot.width / 2, y: y, font: fontSize, into: &svg)
        }
        if legendRows.isEmpty && chart.showsLegend {
            LegendRenderer(marks: chart.marks, layout: layout).draw(into: &svg)
        }
        svg.close("g")
        return svg
    }

    private func rect(_ rect: Rect) -> KeyValuePairs<String, String?> {
        let n = SVGBuilder.number
        return ["x": n(rect.x), "y": n(rect.y), "width": n(rect.width), "height": n(rect.height)]
    }

    private func drawGrid(_ layout: ChartLayout, into svg: inout SVGBuilder) {
        let n = SVGBuilder.number
        let plot = layout.plot
        var path = layout.xTicks.map { "M\(n(layout.px($0))) \(n(plot.y))V\(n(plot.maxY))" }
        path += layout.yTicks.map { "M\(n(plot.x)) \(n(layout.py($0)))H\(n(plot.maxX))" }
        guard !path.isEmpty else { return }
        svg.empty("path", [
            "d": path.joined(), "fill": "none", "stroke-width": "1",
            "style": "stroke: \(PlotTheme.variable("grid"))",
        ])
    }

    private func drawAxes(_ layout: ChartLayout, into svg: inout SVGBuilder) {
        let n = SVGBuilder.number
        let plot = layout.plot
        let tick = ChartLayout.tickLength
        var path = "M\(n(plot.x)) \(n(plot.y))V\(n(plot.maxY))H\(n(plot.maxX))"
        path += layout.xTicks.map { "M\(n(layout.px($0))) \(n(plot.maxY))v\(n(tick))" }.joined()
        path += layout.yTicks.map { "M\(n(plot.x)) \(n(layout.py($0)))h\(n(-tick))" }.joined()
        svg.empty("path", [
            "d": path, "fill": "none", "stroke-width": "1", "style": "stroke: \(PlotTheme.variable("fg"))",
        ])

        svg.open("g", ["text-anchor": "middle", "style": foreground])
        let xBaseline = plot.maxY + tick + fontSize * 1.1
        for (value, label) in zip(layout.xTicks, layout.xTickLabels) {
            svg.text("text", ["x": n(layout.px(value)), "y": n(xBaseline)], label)
        }
        svg.close("g")
        svg.open("g", ["text-anchor": "end", "style": foreground])
        for (value, label) in zip(layout.yTicks, layout.yTickLabels) {
            let y = layout.py(value) + fontSize * 0.35
            svg.text("text", ["x": n(plot.x - tick - 3), "y": n(y)], label)
        }
        svg.close("g")
    }

    private func drawLabels(_ layout: ChartLayout, into svg: inout SVGBuilder) {
        let n = SVGBuilder.number
        let plot = layout.plot
        svg.open("g", ["text-anchor": "middle", "style": foreground])
        if let title {
            // A title is centred over the plot area if it fits there, else over the frame; one wider
            // than the frame shrinks (down to 70 %) rather than running off the figure.
            let natural = ChartLayout.textWidth([title], fontSize * 1.15)
            let size = fontSize * 1.15 * min(1, max(0.7, frame.width * 0.95 / max(natural, 1)))
            let centre = natural <= plot.width ? plot.x + plot.width / 2 : frame.x + frame.width / 2
            svg.text("text", [
                "x": n(centre), "y": n(frame.y + fontSize * 1.35),
                "font-size": n(size), "font-weight": "600", "data-frame-label": titleIsFrameLabel ? "" : nil,
            ], title)
        }
        if let xLabel = chart.xLabel {
            let y = plot.maxY + ChartLayout.tickLength + fontSize * 2.6
            svg.text("text", ["x": n(plot.x + plot.width / 2), "y": n(y)], xLabel)
        }
        if let yLabel = chart.yLabel {
            let x = frame.x + fontSize * 1.2
            let y = plot.y + plot.height / 2
            svg.text("text", ["x": n(x), "y": n(y), "transform": "rotate(-90 \(n(x)) \(n(y)))"], yLabel)
        }
        svg.close("g")
    }
}

extension String {
    /// The string, or nil when it is empty.
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
