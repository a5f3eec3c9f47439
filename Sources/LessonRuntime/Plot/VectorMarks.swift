/// Arrows (a vector per point: the generator's gradient at each sample, a game's vector field) and
/// meshes (the image of a regular grid under a map, such as G applied to a grid of noise), on the
/// plane plots: ``ScatterPlot`` and ``Heatmap``.
///
/// ```swift
/// show(ScatterPlot(xRange: -2...2, yRange: -2...2)
///     .arrows(x: xs, y: ys, dx: gradients.map(\.x), dy: gradients.map(\.y), label: "∇ log D")
///     .mesh(x: warped.map { $0.map(\.x) }, y: warped.map { $0.map(\.y) }, label: "G(noise grid)"), caption: nil)
/// ```
extension Chart {
    /// Adds arrows from (`x[i]`, `y[i]`) along (`dx[i]`, `dy[i]`) as a new series.
    mutating func appendArrows(
        x: [Double], y: [Double], dx: [Double], dy: [Double], label: String?, color: PlotColor?,
        scale: Double?, width: Double
    ) {
        let mark = ArrowMark(
            xs: x, ys: y, dxs: dx, dys: dy, label: label, color: nextColor(color),
            scale: scale.map(abs), width: max(width, 0.1))
        marks.append(.arrows(mark))
    }

    /// Adds a mesh through the nodes (`x[r][c]`, `y[r][c]`) as a new series.
    mutating func appendMesh(
        x: [[Double]], y: [[Double]], label: String?, color: PlotColor?, width: Double, opacity: Double
    ) {
        let mark = MeshMark(
            xs: x, ys: y, label: label, color: nextColor(color), width: max(width, 0.1),
            opacity: min(max(opacity, 0), 1))
        marks.append(.mesh(mark))
    }
}

extension ScatterPlot {
    /// Returns the plot with an arrow from (`x[i]`, `y[i]`) to (`x[i] + scale·dx[i]`, `y[i] + scale·dy[i]`).
    /// Without `scale`, the longest arrow spans 8 % of the longer axis, so only relative lengths count.
    public func arrows(
        x: [Double], y: [Double], dx: [Double], dy: [Double], label: String? = nil,
        color: PlotColor? = nil, scale: Double? = nil, width: Double = 1.2
    ) -> ScatterPlot {
        var plot = self
        plot.chart.appendArrows(x: x, y: y, dx: dx, dy: dy, label: label, color: color, scale: scale, width: width)
        return plot
    }

    /// Returns the plot with a mesh: node (r, c) of a regular grid drawn at (`x[r][c]`, `y[r][c]`),
    /// joined to its neighbours in the same row and column.
    public func mesh(
        x: [[Double]], y: [[Double]], label: String? = nil, color: PlotColor? = nil,
        width: Double = 0.8, opacity: Double = 0.7
    ) -> ScatterPlot {
        var plot = self
        plot.chart.appendMesh(x: x, y: y, label: label, color: color, width: width, opacity: opacity)
        return plot
    }
}

extension Heatmap {
    /// Returns the heatmap with arrows, as ``ScatterPlot/arrows(x:y:dx:dy:label:color:scale:width:)`` draws them.
    public func arrows(
        x: [Double], y: [Double], dx: [Double], dy: [Double], label: String? = nil,
        color: PlotColor? = nil, scale: Double? = nil, width: Double = 1.2
    ) -> Heatmap {
        var plot = self
        plot.chart.appendArrows(x: x, y: y, dx: dx, dy: dy, label: label, color: color, scale: scale, width: width)
        return plot
    }

    /// Returns the heatmap with a mesh, as ``ScatterPlot/mesh(x:y:label:color:width:opacity:)`` draws it.
    public func mesh(
        x: [[Double]], y: [[Double]], label: String? = nil, color: PlotColor? = nil,
        width: Double = 0.8, opacity: Double = 0.7
    ) -> Heatmap {
        var plot = self
        plot.chart.appendMesh(x: x, y: y, label: label, color: color, width: width, opacity: opacity)
        return plot
    }
}
