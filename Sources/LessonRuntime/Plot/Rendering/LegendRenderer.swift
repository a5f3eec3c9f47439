/// Draws the legend in the corner of the plot area that hides the fewest data points, or as one
/// row above the panels of a figure that share their series.
struct LegendRenderer {
    let marks: [Mark]
    let layout: ChartLayout

    /// The labelled marks, in order.
    private var entries: [Mark] { marks.filter { $0.label?.isEmpty == false } }

    /// The legend box's width and height.
    private var boxSize: (width: Double, height: Double) {
        let font = layout.fontSize
        return (font * 3.2 + ChartLayout.textWidth(entries.compactMap(\.label), font),
                Double(entries.count) * font * 1.5 + font * 0.5)
    }

    /// The share of the plot's height to keep free above the data so that the legend, in a top corner,
    /// hides none of it; nil when there is no legend or a corner is already free.
    func headroom() -> Double? {
        guard !entries.isEmpty else { return nil }
        let (width, height) = boxSize
        let points = samplePoints()
        guard corners(width: width, height: height).allSatisfy({ covered($0, points) > 0 }) else { return nil }
        return (height + 2 * layout.fontSize * 0.6) / layout.plot.height
    }

    /// The labelled marks in rows (``drawRow(_:centre:y:font:into:)``) no wider than `width`, in order.
    static func rows(_ marks: [Mark], width: Double, font: Double) -> [[Mark]] {
        var rows: [[Mark]] = []
        var used = Double.infinity
        for mark in marks {
            guard let label = mark.label, !label.isEmpty else { continue }
            let entry = rowEntryWidth(label, font: font) + rowGap(font)
            if used + entry > width {
                rows.append([])
                used = 0
            }
            rows[rows.count - 1].append(mark)
            used += entry
        }
        return rows
    }

    /// The width of an entry of a legend row: its symbol and its label.
    private static func rowEntryWidth(_ label: String, font: Double) -> Double {
        font * 2.2 + ChartLayout.textWidth([label], font)
    }

    /// The space between the entries of a legend row.
    private static func rowGap(_ font: Double) -> Double { font * 1.2 }

    func draw(into svg: inout SVGBuilder) {
        let entries = self.entries
        guard !entries.isEmpty else { return }
        let n = SVGBuilder.number
        let font = layout.fontSize
        let rowHeight = font * 1.5
        let box = bestCorner(width: boxSize.width, height: boxSize.height)
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
        let widths = entries.map { rowEntryWidth($0.label ?? "", font: font) }
        let gap = rowGap(font)
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
        let points = samplePoints()
        let corners = corners(width: width, height: height)
        return corners.min { covered($0, points) < covered($1, points) } ?? corners[0]
    }

    /// A box of this size in each corner of the plot: top right, top left, bottom right, bottom left.
    private func corners(width: Double, height: Double) -> [Rect] {
        let plot = layout.plot
        let inset = layout.fontSize * 0.6
        return [
            Rect(x: plot.maxX - inset - width, y: plot.y + inset, width: width, height: height),
            Rect(x: plot.x + inset, y: plot.y + inset, width: width, height: height),
            Rect(x: plot.maxX - inset - width, y: plot.maxY - inset - height, width: width, height: height),
            Rect(x: plot.x + inset, y: plot.maxY - inset - height, width: width, height: height),
        ]
    }

    /// How many of `points` lie in `box`.
    private func covered(_ box: Rect, _ points: [(Double, Double)]) -> Int {
        points.filter { box.x <= $0.0 && $0.0 <= box.maxX && box.y <= $0.1 && $0.1 <= box.maxY }.count
    }

    /// Up to a few thousand plotted positions, including points along line segments.
    private func samplePoints() -> [(Double, Double)] {
        var points: [(Double, Double)] = []
        for mark in marks {
            switch mark {
            case .line(let line):
                // Every vertex, and points at most 4 units apart along each segment between them.
                let vertices = zip(line.xs, line.ys).map { (layout.px($0), layout.py($1)) }
                for (a, b) in zip(vertices, vertices.dropFirst()) {
                    let steps = min(Int((abs(b.0 - a.0) + abs(b.1 - a.1)) / 4), 200)
                    for step in 0...steps {
                        let t = Double(step) / Double(steps + 1)
                        points.append((a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t))
                    }
                }
                points += vertices.suffix(1)
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
