/// Several plots in a grid, labelled (a), (b), (c)…: four stages of training side by side.
///
/// ```swift
/// let stages = [0, 100, 1000, 5000].map { step in ScatterPlot(title: "step \(step)").points(...) }
/// show(Figure(panels: stages, columns: 4), caption: "Training brings p_g to p_data.")
/// ```
public struct Figure: Graphic {
    /// The panels, left to right and top to bottom.
    public var panels: [any Plot]
    /// The number of panels per row.
    public var columns: Int
    /// An optional title above all panels.
    public var title: String?
    /// Whether panel titles start with (a), (b), (c)….
    public var labelsPanels: Bool
    /// The width of one panel in SVG units (by default narrower the more columns there are);
    /// its height follows the first panel's proportions.
    public var panelWidth: Double
    /// A description for screen readers replacing the generated one.
    public var description: String?

    /// Creates a figure of `panels`, `columns` per row (by default all in one row, up to four).
    /// When every panel has the same series, one legend row above the panels replaces theirs.
    public init(
        title: String? = nil, panels: [any Plot], columns: Int? = nil,
        labelsPanels: Bool = true, panelWidth: Double? = nil, description: String? = nil
    ) {
        self.title = title
        self.panels = panels
        self.columns = max(1, columns ?? min(max(panels.count, 1), 4))
        self.labelsPanels = labelsPanels
        self.panelWidth = panelWidth ?? [1: 480, 2: 360, 3: 300][self.columns] ?? 260
        self.description = description
    }

    /// The figure as one standalone SVG.
    public func svg() -> String {
        var charts = panels.map(\.chart)
        let labels = charts.map { $0.marks.compactMap(\.label).filter { !$0.isEmpty } }
        let sharesLegend = charts.count > 1 && !labels[0].isEmpty && labels.allSatisfy { $0 == labels[0] }
        if sharesLegend {
            for index in charts.indices { charts[index].showsLegend = false }
        }
        let rows = (charts.count + columns - 1) / columns
        let firstAspect = charts.first.map { $0.size.height / $0.size.width } ?? 1
        let aspect = max(firstAspect, columns >= 3 ? 1.1 : 0.75)
        let panelHeight = panelWidth * aspect
        let width = panelWidth * Double(min(columns, max(charts.count, 1)))
        // Figures shrink to the column (down to a phone's); larger text keeps labels readable.
        let fontSize = PlotText.fontSize(forWidth: width)
        let titleHeight = title == nil ? 0 : fontSize * 2.4
        let top = titleHeight + (sharesLegend ? fontSize * 2 : 0)
        var body = SVGBuilder()
        var descriptions: [String] = []
        if let title {
            body.text("text", [
                "x": SVGBuilder.number(width / 2), "y": SVGBuilder.number(fontSize * 1.6), "text-anchor": "middle",
                "font-size": SVGBuilder.number(fontSize * 1.3), "font-weight": "600",
                "style": "fill: \(PlotTheme.variable("fg"))",
            ], title)
        }
        if sharesLegend {
            LegendRenderer.drawRow(
                charts[0].marks, centre: width / 2, y: titleHeight + fontSize * 1.2, font: fontSize, into: &body)
        }
        for (index, chart) in charts.enumerated() {
            let frame = Rect(
                x: panelWidth * Double(index % columns), y: top + panelHeight * Double(index / columns),
                width: panelWidth, height: panelHeight)
            let label = labelsPanels ? Self.label(index) : nil
            let renderer = ChartRenderer(
                chart: chart, frame: frame, fontSize: fontSize,
                clipID: SVGDocument.idToken + "-clip\(index)", panelLabel: label)
            body.append(renderer.render())
            let text = ChartDescription.describe(chart, layout: renderer.layout)
            descriptions.append(label.map { "\($0) \(text)" } ?? text)
        }
        let summary = "Figure with \(charts.count) panel\(charts.count == 1 ? "" : "s")"
        let document = SVGDocument(
            width: width, height: top + panelHeight * Double(rows),
            title: title ?? summary, description: description ?? ([summary + "."] + descriptions).joined(separator: " "),
            body: body)
        return document.markup()
    }

    /// The figure's title or a summary, for inline use.
    public var displayText: String { title ?? "Figure with \(panels.count) panels" }

    /// "(a)" … "(z)", then "(27)" onwards.
    private static func label(_ index: Int) -> String {
        index < 26 ? "(\(Character(UnicodeScalar(UInt8(97 + index)))))" : "(\(index + 1))"
    }
}
