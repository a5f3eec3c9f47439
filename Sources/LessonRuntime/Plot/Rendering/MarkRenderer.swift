/// Draws marks in data coordinates onto the plot area of a ``ChartLayout``.
struct MarkRenderer {
    let layout: ChartLayout
    private(set) var svg = SVGBuilder()

    init(layout: ChartLayout) {
        self.layout = layout
    }

    /// Draws one mark.
    mutating func draw(_ mark: Mark) {
        switch mark {
        case .line(let line): draw(line)
        case .points(let points): draw(points)
        case .bars(let bars): draw(bars)
        case .cells(let cells): draw(cells)
        case .arrows(let arrows): draw(arrows)
        case .mesh(let mesh): draw(mesh)
        }
    }

    /// The scale that arrows are drawn at: theirs, or the longest covering a fixed share of the axes.
    func arrowScale(_ arrows: ArrowMark) -> Double {
        if let scale = arrows.scale { return scale }
        let span = max(
            layout.xDomain.upperBound - layout.xDomain.lowerBound, layout.yDomain.upperBound - layout.yDomain.lowerBound)
        return arrows.longest > 0 ? VectorPaths.automaticArrowShare * span / arrows.longest : 0
    }

    /// Every arrow in one path, stroked in the series colour.
    private mutating func draw(_ arrows: ArrowMark) {
        let segments = arrows.segments(scale: arrowScale(arrows)).map {
            (x0: layout.px($0.0), y0: layout.py($0.1), x1: layout.px($0.2), y1: layout.py($0.3))
        }
        let path = VectorPaths.arrows(segments, width: arrows.width)
        guard !path.isEmpty else { return }
        svg.empty("path", [
            "d": path, "fill": "none", "stroke-width": SVGBuilder.number(arrows.width),
            "stroke-linecap": "round", "stroke-linejoin": "round", "style": "stroke: \(arrows.color.css)",
        ])
    }

    /// The mesh's rows and columns as one translucent path.
    private mutating func draw(_ mesh: MeshMark) {
        let path = VectorPaths.polylines(mesh.polylines.map { $0.map { (layout.px($0.0), layout.py($0.1)) } })
        guard !path.isEmpty else { return }
        svg.empty("path", [
            "d": path, "fill": "none", "stroke-width": SVGBuilder.number(mesh.width),
            "stroke-opacity": SVGBuilder.number(mesh.opacity), "stroke-linejoin": "round",
            "style": "stroke: \(mesh.color.css)",
        ])
    }

    /// A polyline (after `M`, further coordinate pairs are implicit line-tos); points that land on the
    /// previous one's rounded position are skipped.
    private mutating func draw(_ line: LineMark) {
        let n = SVGBuilder.number
        var path = ""
        var previous: (String, String)?
        for (x, y) in zip(line.xs, line.ys) {
            guard x.isFinite, y.isFinite else {
                previous = nil
                continue
            }
            let point = (n(layout.px(x)), n(layout.py(y)))
            if let previous, previous == point { continue }
            path += (previous == nil ? "M" : " ") + "\(point.0) \(point.1)"
            previous = point
        }
        guard !path.isEmpty else { return }
        svg.empty("path", [
            "d": path, "fill": "none", "stroke-width": n(line.width),
            "stroke-linejoin": "round", "stroke-linecap": "round",
            "stroke-dasharray": line.style.dashArray(width: line.width),
            "style": "stroke: \(line.color.css)",
        ])
    }

    /// Translucent dots, one `<circle>` each, so overlaps accumulate into darker regions.
    private mutating func draw(_ points: PointMark) {
        let n = SVGBuilder.number
        let radius = n(points.radius)
        var style = "fill: \(points.color.css)"
        if points.outlined { style += "; stroke: \(PlotTheme.variable("bg"))" }
        svg.open("g", [
            "fill-opacity": n(points.opacity), "stroke-width": points.outlined ? "0.6" : nil, "style": style,
        ])
        svg.append(Self.circles(points, layout, radius))
        svg.close("g")
    }

    private static func circles(_ points: PointMark, _ layout: ChartLayout, _ radius: String) -> SVGBuilder {
        let n = SVGBuilder.number
        var svg = SVGBuilder()
        for (x, y) in zip(points.xs, points.ys) where x.isFinite && y.isFinite {
            svg.empty("circle", ["cx": n(layout.px(x)), "cy": n(layout.py(y)), "r": radius])
        }
        return svg
    }

    /// A histogram as one filled step outline.
    private mutating func draw(_ bars: BarMark) {
        let n = SVGBuilder.number
        guard bars.edges.count == bars.heights.count + 1, !bars.heights.isEmpty else { return }
        let base = n(layout.py(max(layout.yDomain.lowerBound, 0)))
        var path = "M\(n(layout.px(bars.edges[0]))) \(base)"
        for (index, height) in bars.heights.enumerated() {
            path += "V\(n(layout.py(height.isFinite ? height : 0)))H\(n(layout.px(bars.edges[index + 1])))"
        }
        path += "V\(base)Z"
        svg.empty("path", [
            "d": path, "fill-opacity": n(bars.opacity), "stroke-width": "1.2", "stroke-linejoin": "round",
            "style": "fill: \(bars.color.css); stroke: \(bars.color.css)",
        ])
    }

    /// A heatmap as an embedded image, one pixel per cell, scaled without smoothing; cells are
    /// assumed evenly spaced. Non-finite values are transparent.
    private mutating func draw(_ cells: CellMark) {
        let n = SVGBuilder.number
        let xEdges = CellMark.edges(cells.xs), yEdges = CellMark.edges(cells.ys)
        guard let left = xEdges.first, let right = xEdges.last, let bottom = yEdges.first, let top = yEdges.last
        else { return }
        let range = cells.colorBar.range
        let span = range.upperBound - range.lowerBound
        let (width, height) = (cells.xs.count, cells.ys.count)
        var pixels: [PNGEncoder.Pixel] = []
        pixels.reserveCapacity(width * height)
        for row in (0..<height).reversed() {
            for column in 0..<width {
                let value = row < cells.values.count && column < cells.values[row].count
                    ? cells.values[row][column] : .nan
                guard value.isFinite else {
                    pixels.append((0, 0, 0, 0))
                    continue
                }
                let colour = cells.colorBar.colormap.rgb(at: span > 0 ? (value - range.lowerBound) / span : 0.5)
                pixels.append((colour.0, colour.1, colour.2, 255))
            }
        }
        svg.empty("image", [
            "x": n(layout.px(left)), "y": n(layout.py(top)),
            "width": n(layout.px(right) - layout.px(left)), "height": n(layout.py(bottom) - layout.py(top)),
            "preserveAspectRatio": "none", "style": "image-rendering: pixelated",
            "href": PNGEncoder.dataURI(width: width, height: height, pixels: pixels),
        ])
    }
}
