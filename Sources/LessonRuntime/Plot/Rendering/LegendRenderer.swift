/// Draws the legend in the corner of the plot area that hides the fewest data points, or as one
/// row above the panels of a figure that share their series.
struct LegendRenderer {
    let marks: [Mark]
    let layout: ChartLayout

    func draw(into svg: inout SVGBuilder) {
        let entries = marks.filter { $0.label?.isEmpty == false }
        guard !entries.isEmpty else { return }
        let n = SVGBuilder.number
        let font = layout.fontSize
        let rowHeight = font * 1.5
        let labels = entries.compactMap(\.label)
        let box = bestCorner(
            width: font * 3.2 + ChartLayout.textWidth(labels, font),
            height: Double(entries.count) * rowHeight + font * 0.5)
        svg.empty("rect", [
            "x": n(box.x), "y": n(box.y), "width": n(box.width), "height": n(box.height), "rx": "3",
            "fill-opacity": "0.9", "stroke-width": "0.6",
            "style": "fill: \(PlotTheme.variable("bg")); stroke: \(PlotTheme.variable("muted"))",
        ])
        for (index, entry) in entries.enumerated() {
            let y = box.y + font * 0.25 + rowHeight * (Double(index) + 0.5)
            Self.drawSymbol(entry, x: box.x + font * 0.6, y: y, font: font, into: &svg)
            svg.text("text", [
                "x": n(box.x + font * 2.6), "y": n(y + font * 0.35), "style": "fill: \(PlotTheme.variable("fg"))",
            ], entry.label ?? "")
        }
    }

    /// Draws the labelled marks side by side, centred on `centre`, their symbols' middle at `y`.
    static func drawRow(_ marks: [Mark], centre: Double, y: Double, font: Double, into svg: inout SVGBuilder) {
        let n = SVGBuilder.number
        let entries = marks.filter { $0.label?.isEmpty == false }
        let widths = entries.map { font * 2.2 + ChartLayout.textWidth([$0.label ?? ""], font) }
        let gap = font * 1.2
        var x = centre - (widths.reduce(0, +) + gap * Double(max(entries.count - 1, 0))) / 2
        svg.open("g", ["font-size": n(font)])
        for (entry, width) in zip(entries, widths) {
            drawSymbol(entry, x: x, y: y, font: font, into: &svg)
            svg.text("text", [
                "x": n(x + font * 2.2), "y": n(y + font * 0.35), "style": "fill: \(PlotTheme.variable("fg"))",
            ], entry.label ?? "")
            x += width + gap
        }
        svg.close("g")
    }

    private static func drawSymbol(_ mark: Mark, x: Double, y: Double, font: Double, into svg: inout SVGBuilder) {
        let n = SVGBuilder.number
        switch mark {
        case .line(let line):
            svg.empty("path", [
                "d": "M\(n(x)) \(n(y))h\(n(font * 1.6))", "stroke-width": n(line.width), "stroke-linecap": "round",
                "stroke-dasharray": line.style.dashArray(width: line.width), "style": "stroke: \(line.color.css)",
            ])
        case .points(let points):
            svg.empty("circle", [
                "cx": n(x + font * 0.8), "cy": n(y), "r": n(max(points.radius, font * 0.3)),
                "fill-opacity": n(max(points.opacity, 0.7)), "style": "fill: \(points.color.css)",
            ])
        case .bars(let bars):
            svg.empty("rect", [
                "x": n(x), "y": n(y - font * 0.4), "width": n(font * 1.6), "height": n(font * 0.8),
                "fill-opacity": n(bars.opacity), "stroke-width": "1.2",
                "style": "fill: \(bars.color.css); stroke: \(bars.color.css)",
            ])
        case .arrows(let arrows):
            let tip = x + font * 1.6
            let path = VectorPaths.arrows([(x0: x, y0: y, x1: tip, y1: y)], width: arrows.width)
            svg.empty("path", [
                "d": path, "fill": "none", "stroke-width": n(arrows.width), "stroke-linecap": "round",
                "style": "stroke: \(arrows.color.css)",
            ])
        case .mesh(let mesh):
            let (w, h) = (font * 1.6, font * 0.8)
            svg.empty("path", [
                "d": "M\(n(x)) \(n(y - h / 2))h\(n(w))M\(n(x)) \(n(y + h / 2))h\(n(w))"
                    + "M\(n(x + w / 4)) \(n(y - h / 2 - 2))v\(n(h + 4))M\(n(x + w * 3 / 4)) \(n(y - h / 2 - 2))v\(n(h + 4))",
                "fill": "none", "stroke-width": n(max(mesh.width, 1)), "style": "stroke: \(mesh.color.css)",
            ])
        case .cells:
            break
        }
    }

    /// The corner (top right first on ties) whose box covers the fewest plotted points.
    private func bestCorner(width: Double, height: Double) -> Rect {
        let plot = layout.plot
        let inset = layout.fontSize * 0.6
        let corners = [
            Rect(x: plot.maxX - inset - width, y: plot.y + inset, width: width, height: height),
            Rect(x: plot.x + inset, y: plot.y + inset, width: width, height: height),
            Rect(x: plot.maxX - inset - width, y: plot.maxY - inset - height, width: width, height: height),
            Rect(x: plot.x + inset, y: plot.maxY - inset - height, width: width, height: height),
        ]
        let points = samplePoints()
        func covered(_ box: Rect) -> Int {
            points.filter { box.x <= $0.0 && $0.0 <= box.maxX && box.y <= $0.1 && $0.1 <= box.maxY }.count
        }
        return corners.min { covered($0) < covered($1) } ?? corners[0]
    }

    /// Up to a few thousand plotted positions, including points along line segments.
    private func samplePoints() -> [(Double, Double)] {
        var points: [(Double, Double)] = []
        for mark in marks {
            switch mark {
            case .line(let line):
                let pairs = Array(zip(line.xs, line.ys))
                for (a, b) in zip(pairs, pairs.dropFirst()) {
                    for t in stride(from: 0.0, to: 1.0, by: 0.25) {
                        points.append((layout.px(a.0 + (b.0 - a.0) * t), layout.py(a.1 + (b.1 - a.1) * t)))
                    }
                }
            case .points(let mark):
                points += zip(mark.xs, mark.ys).map { (layout.px($0), layout.py($1)) }
            case .bars(let bars):
                for (index, height) in bars.heights.enumerated() {
                    let x = layout.px((bars.edges[index] + bars.edges[index + 1]) / 2)
                    points += stride(from: 0.0, through: height, by: max(height / 8, 1e-12)).map { (x, layout.py($0)) }
                }
            case .arrows(let arrows):
                points += zip(arrows.xs, arrows.ys).map { (layout.px($0), layout.py($1)) }
            case .mesh(let mesh):
                points += zip(mesh.xs.joined(), mesh.ys.joined()).map { (layout.px($0), layout.py($1)) }
            case .cells:
                break
            }
        }
        let stride = max(1, points.count / 4000)
        return stride == 1 ? points : Swift.stride(from: 0, to: points.count, by: stride).map { points[$0] }
    }
}
