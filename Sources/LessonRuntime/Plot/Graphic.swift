/// Anything that draws itself as an SVG figure: every plot kind and multi-panel ``Figure``s.
/// `show(graphic, caption:)` puts it in the page.
public protocol Graphic: LessonDisplayable, Sendable {
    /// The figure as a standalone, accessible `<svg>` element.
    func svg() -> String
}

extension Graphic {
    /// A figure event without caption.
    public var displayEvent: CellEvent { .figure(FigureData(svg: svg(), caption: nil)) }
}

/// A single plot panel; the plot kinds conform by building a ``Chart``.
public protocol Plot: Graphic {
    /// The plot's axes, labels and marks.
    var chart: Chart { get }
}

extension Plot {
    /// The plot as a standalone SVG of the chart's size.
    public func svg() -> String {
        let chart = self.chart
        let frame = Rect(x: 0, y: 0, width: chart.size.width, height: chart.size.height)
        let renderer = ChartRenderer(
            chart: chart, frame: frame, fontSize: PlotText.fontSize(forWidth: frame.width), clipID: SVGDocument.idToken + "-clip", panelLabel: nil)
        let document = SVGDocument(
            width: frame.width, height: frame.height,
            title: chart.title ?? chart.kind,
            description: ChartDescription.describe(chart, layout: renderer.layout),
            body: renderer.render())
        return document.markup()
    }

    /// The plot's title and kind, for inline use.
    public var displayText: String { chart.title.map { "\(chart.kind): \($0)" } ?? chart.kind }
}
