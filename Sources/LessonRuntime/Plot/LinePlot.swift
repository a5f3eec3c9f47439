/// Lines on one pair of axes: loss curves over training steps, or several functions of x together
/// (p_data, p_g and D(x), as in Figure 1 of Goodfellow et al. 2014).
///
/// ```swift
/// show(LinePlot(title: "Losses", xLabel: "step", yLabel: "loss")
///     .line(x: steps, y: dLoss, label: "D")
///     .line(x: steps, y: gLoss, label: "G", style: .dashed), caption: "Both losses settle.")
/// ```
public struct LinePlot: Plot {
    /// The plot's axes, labels and lines.
    public private(set) var chart: Chart

    /// Creates empty axes; add lines with ``line(x:y:label:style:color:width:)``.
    /// `xRange` and `yRange` fix the axes instead of fitting them to the data.
    public init(
        title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
        xRange: ClosedRange<Double>? = nil, yRange: ClosedRange<Double>? = nil,
        size: Chart.Size = .wide, description: String? = nil
    ) {
        chart = Chart(
            kind: "Line plot", title: title, xLabel: xLabel, yLabel: yLabel,
            xRange: xRange, yRange: yRange, size: size, description: description)
    }

    /// Creates a plot of one line through the points (`x[i]`, `y[i]`).
    public init(x: [Double], y: [Double], title: String? = nil, xLabel: String? = nil, yLabel: String? = nil) {
        self = LinePlot(title: title, xLabel: xLabel, yLabel: yLabel).line(x: x, y: y)
    }

    /// Returns the plot with a line through the points (`x[i]`, `y[i]`); the legend shows `label`.
    /// Without `color`, each line takes the next theme colour.
    public func line(
        x: [Double], y: [Double], label: String? = nil,
        style: LineStyle = .solid, color: PlotColor? = nil, width: Double = 2
    ) -> LinePlot {
        var plot = self
        let mark = LineMark(
            xs: x, ys: y, label: label, color: chart.nextColor(color), style: style, width: width)
        plot.chart.marks.append(.line(mark))
        return plot
    }

    /// Returns the plot with a line through `y` against its index 0, 1, 2…, as for a loss per step.
    public func line(
        y: [Double], label: String? = nil, style: LineStyle = .solid, color: PlotColor? = nil
    ) -> LinePlot {
        line(x: y.indices.map(Double.init), y: y, label: label, style: style, color: color)
    }

    /// Returns the plot with the graph of `function` sampled at `samples` points over `domain`.
    public func function(
        _ domain: ClosedRange<Double>, samples: Int = 200, label: String? = nil,
        style: LineStyle = .solid, color: PlotColor? = nil, _ function: (Double) -> Double
    ) -> LinePlot {
        let count = max(samples, 2)
        let xs = (0..<count).map {
            domain.lowerBound + (domain.upperBound - domain.lowerBound) * Double($0) / Double(count - 1)
        }
        return line(x: xs, y: xs.map(function), label: label, style: style, color: color)
    }
}
