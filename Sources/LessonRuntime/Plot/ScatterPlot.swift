/// Points in the plane, several translucent series: real against generated samples of the ring
/// of 8 Gaussians.
///
/// ```swift
/// show(ScatterPlot(title: "Ring of 8 Gaussians", xLabel: "x₁", yLabel: "x₂")
///     .points(x: real.map(\.x), y: real.map(\.y), label: "real")
///     .points(x: fake.map(\.x), y: fake.map(\.y), label: "generated"), caption: "Two modes missing.")
/// ```
public struct ScatterPlot: Plot {
    /// The plot's axes, labels and points.
    public internal(set) var chart: Chart

    /// Creates empty axes; with `equalAspect` (the default) one unit is as long on both axes,
    /// so circles look like circles.
    public init(
        title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
        xRange: ClosedRange<Double>? = nil, yRange: ClosedRange<Double>? = nil,
        equalAspect: Bool = true, size: Chart.Size = .square, description: String? = nil
    ) {
        chart = Chart(
            kind: "Scatter plot", title: title, xLabel: xLabel, yLabel: yLabel,
            xRange: xRange, yRange: yRange, size: size, description: description,
            xPadding: 0.05, yPadding: 0.05, equalAspect: equalAspect)
    }

    /// Returns the plot with dots at (`x[i]`, `y[i]`); `opacity` below 1 lets dense regions show.
    public func points(
        x: [Double], y: [Double], label: String? = nil,
        color: PlotColor? = nil, radius: Double = 2.5, opacity: Double = 0.5
    ) -> ScatterPlot {
        var plot = self
        plot.chart.appendPoints(
            x: x, y: y, label: label, color: color, radius: radius, opacity: opacity, outlined: false)
        return plot
    }
}
