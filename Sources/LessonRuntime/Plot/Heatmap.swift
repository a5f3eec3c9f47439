/// A 2-D field as coloured cells with a colour bar, optionally with points on top: the
/// discriminator's output over the plane, with real and generated samples, as GAN Lab shows it.
///
/// ```swift
/// show(Heatmap(x: -2...2, y: -2...2, title: "D(x)", colorLabel: "D(x)", range: 0...1) { x, y in d(x, y) }
///     .points(x: real.map(\.x), y: real.map(\.y), label: "real"), caption: "The discriminator's view.")
/// ```
public struct Heatmap: Plot {
    /// The plot's axes, cells, colour bar and points.
    public internal(set) var chart: Chart

    /// Creates a heatmap of `values[row][column]` at (`x[column]`, `y[row]`), the cell centres in
    /// increasing order. The colours span `range` (by default, the values' extent).
    public init(
        x: [Double], y: [Double], values: [[Double]],
        title: String? = nil, xLabel: String? = nil, yLabel: String? = nil, colorLabel: String? = nil,
        range: ClosedRange<Double>? = nil, colormap: Colormap = .viridis,
        size: Chart.Size = .square, description: String? = nil
    ) {
        let finite = values.joined().filter(\.isFinite)
        let extent = (finite.min() ?? 0)...(finite.max() ?? 1)
        let bar = ColorBar(range: range ?? extent, colormap: colormap, label: colorLabel)
        chart = Chart(
            kind: "Heatmap", title: title, xLabel: xLabel, yLabel: yLabel,
            xRange: nil, yRange: nil, size: size, description: description,
            marks: [.cells(CellMark(xs: x, ys: y, values: values, colorBar: bar))],
            yPadding: 0, colorBar: bar)
    }

    /// Creates a heatmap of `function(x, y)` sampled on a `resolution` × `resolution` grid of cell
    /// centres covering the ranges `x` and `y`.
    public init(
        x: ClosedRange<Double>, y: ClosedRange<Double>, resolution: Int = 60,
        title: String? = nil, xLabel: String? = nil, yLabel: String? = nil, colorLabel: String? = nil,
        range: ClosedRange<Double>? = nil, colormap: Colormap = .viridis,
        size: Chart.Size = .square, description: String? = nil,
        _ function: (Double, Double) -> Double
    ) {
        let count = max(resolution, 2)
        func centres(_ range: ClosedRange<Double>) -> [Double] {
            let step = (range.upperBound - range.lowerBound) / Double(count)
            return (0..<count).map { range.lowerBound + step * (Double($0) + 0.5) }
        }
        let (xs, ys) = (centres(x), centres(y))
        self.init(
            x: xs, y: ys, values: ys.map { y in xs.map { x in function(x, y) } },
            title: title, xLabel: xLabel, yLabel: yLabel, colorLabel: colorLabel,
            range: range, colormap: colormap, size: size, description: description)
    }

    /// Returns the heatmap with dots at (`x[i]`, `y[i]`), ringed so that they stand out on any colour.
    public func points(
        x: [Double], y: [Double], label: String? = nil,
        color: PlotColor? = nil, radius: Double = 3, opacity: Double = 0.8
    ) -> Heatmap {
        var plot = self
        plot.chart.appendPoints(
            x: x, y: y, label: label, color: color, radius: radius, opacity: opacity, outlined: true)
        return plot
    }
}
