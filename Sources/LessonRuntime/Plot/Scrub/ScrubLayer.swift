/// One layer of a scrubbable figure's plot area, taken from the first frame's mark of the same position:
/// an empty element in the player that the script fills for each frame, and the frame's data for it.
///
/// Heatmap cells travel as an indexed PNG; points, arrows (start and end), mesh nodes (row by row) and
/// line points as coded coordinates. Histogram bars are not animated.
struct ScrubLayer {
    let index: Int
    let template: Mark
    let layout: ChartLayout
    /// The arrows' scale, shared by every frame so that lengths compare across frames.
    let arrowScale: Double

    /// The mesh's shape in the first frame; later frames are cut to it.
    var meshShape: (rows: Int, columns: Int) {
        guard case .mesh(let mesh) = template else { return (0, 0) }
        let rows = min(mesh.xs.count, mesh.ys.count)
        return (rows, (0..<rows).map { min(mesh.xs[$0].count, mesh.ys[$0].count) }.min() ?? 0)
    }

    init(index: Int, template: Mark, layout: ChartLayout, longestArrow: Double) {
        self.index = index
        self.template = template
        self.layout = layout
        if case .arrows(let arrows) = template {
            let span = max(
                layout.xDomain.upperBound - layout.xDomain.lowerBound, layout.yDomain.upperBound - layout.yDomain.lowerBound)
            arrowScale = arrows.scale ?? (longestArrow > 0 ? VectorPaths.automaticArrowShare * span / longestArrow : 0)
        } else {
            arrowScale = 1
        }
    }

    // MARK: - The empty element

    /// The layer's element, styled like the static mark, with nothing drawn yet.
    func element() -> SVGBuilder {
        let n = SVGBuilder.number
        let id = String(index)
        var svg = SVGBuilder()
        switch template {
        case .cells(let cells):
            let xEdges = CellMark.edges(cells.xs), yEdges = CellMark.edges(cells.ys)
            guard let left = xEdges.first, let right = xEdges.last, let bottom = yEdges.first, let top = yEdges.last
            else { break }
            svg.empty("image", [
                "data-layer": id, "x": n(layout.px(left)), "y": n(layout.py(top)),
                "width": n(layout.px(right) - layout.px(left)), "height": n(layout.py(bottom) - layout.py(top)),
                "preserveAspectRatio": "none", "style": "image-rendering: pixelated",
            ])
        case .points(let points):
            var style = "fill: \(points.color.css)"
            if points.outlined { style += "; stroke: \(PlotTheme.variable("bg"))" }
            svg.open("g", [
                "data-layer": id, "data-r": n(points.radius), "fill-opacity": n(points.opacity),
                "stroke-width": points.outlined ? "0.6" : nil, "style": style,
            ])
            svg.close("g")
        case .arrows(let arrows):
            svg.empty("path", [
                "data-layer": id, "d": "", "data-w": n(arrows.width), "fill": "none", "stroke-width": n(arrows.width),
                "stroke-linecap": "round", "stroke-linejoin": "round", "style": "stroke: \(arrows.color.css)",
            ])
        case .mesh(let mesh):
            let shape = meshShape
            svg.empty("path", [
                "data-layer": id, "d": "", "data-rows": String(shape.rows), "data-cols": String(shape.columns),
                "fill": "none", "stroke-width": n(mesh.width), "stroke-opacity": n(mesh.opacity),
                "stroke-linejoin": "round", "style": "stroke: \(mesh.color.css)",
            ])
        case .line(let line):
            svg.empty("path", [
                "data-layer": id, "d": "", "fill": "none", "stroke-width": n(line.width), "stroke-linejoin": "round",
                "stroke-linecap": "round", "stroke-dasharray": line.style.dashArray(width: line.width),
                "style": "stroke: \(line.color.css)",
            ])
        case .bars:
            break
        }
        return svg
    }

    // MARK: - A frame's data

    /// The frame's mark for this layer, encoded; empty when the frame has a different kind of mark here.
    func encode(_ mark: Mark?, coder: CoordinateCoder) -> String {
        let px = layout.px, py = layout.py
        switch (template, mark) {
        case (.cells(let first), .cells(let cells)):
            return Self.image(cells, colorBar: first.colorBar)
        case (.points, .points(let points)):
            return coder.encode(zip(points.xs, points.ys).map { (px($0), py($1)) })
        case (.arrows, .arrows(let arrows)):
            return coder.encode(arrows.segments(scale: arrowScale).flatMap { [(px($0.0), py($0.1)), (px($0.2), py($0.3))] })
        case (.mesh, .mesh(let mesh)):
            let shape = meshShape
            var nodes: [(Double, Double)] = []
            for row in 0..<shape.rows {
                for column in 0..<shape.columns {
                    let inside = row < mesh.xs.count && row < mesh.ys.count
                        && column < mesh.xs[row].count && column < mesh.ys[row].count
                    nodes.append(inside ? (px(mesh.xs[row][column]), py(mesh.ys[row][column])) : (.nan, .nan))
                }
            }
            return coder.encode(nodes)
        case (.line, .line(let line)):
            return coder.encode(zip(line.xs, line.ys).map { (px($0), py($1)) })
        default:
            return ""
        }
    }

    /// Heatmap cells as an indexed PNG of 64 colour levels (transparent where not finite).
    static func image(_ cells: CellMark, colorBar: ColorBar) -> String {
        let levels = 64
        let palette = (0..<levels).map { colorBar.colormap.rgb(at: Double($0) / Double(levels - 1)) }
        let range = colorBar.range
        let span = range.upperBound - range.lowerBound
        let (width, height) = (cells.xs.count, cells.ys.count)
        var indices: [UInt8] = []
        indices.reserveCapacity(width * height)
        for row in (0..<height).reversed() {
            for column in 0..<width {
                let value = row < cells.values.count && column < cells.values[row].count ? cells.values[row][column] : .nan
                guard value.isFinite else {
                    indices.append(UInt8(levels))
                    continue
                }
                let fraction = span > 0 ? (value - range.lowerBound) / span : 0.5
                indices.append(UInt8((min(max(fraction, 0), 1) * Double(levels - 1)).rounded()))
            }
        }
        return PNGEncoder.indexedDataURI(width: width, height: height, palette: palette, indices: indices)
    }
}
