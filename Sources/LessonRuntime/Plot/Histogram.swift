/// Histograms of samples sharing one set of bins, with optional density curves on top:
/// real against generated samples, and the true density.
///
/// ```swift
/// show(Histogram(title: "Samples", xLabel: "x", bins: 40)
///     .values(real, label: "real").values(fake, label: "generated")
///     .density(-4...4, label: "p_data", color: .foreground) { normal.pdf($0) })
/// ```
public struct Histogram: Plot {
    private enum Layer: Sendable {
        case samples([Double], label: String?, color: PlotColor?, opacity: Double)
        case curve(x: [Double], y: [Double], label: String?, style: LineStyle, color: PlotColor?)
    }

    private let base: Chart
    private let bins: Int
    private let range: ClosedRange<Double>?
    private let normalized: Bool
    private var layers: [Layer] = []

    /// Creates an empty histogram with `bins` equal bins over `range` (by default, all samples).
    /// When `normalized` (the default) bars show a density, so samples of different sizes and
    /// density curves compare directly; otherwise they show counts.
    public init(
        title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
        bins: Int = 30, range: ClosedRange<Double>? = nil, normalized: Bool = true,
        yRange: ClosedRange<Double>? = nil, size: Chart.Size = .wide, description: String? = nil
    ) {
        base = Chart(
            kind: "Histogram", title: title, xLabel: xLabel, yLabel: yLabel ?? (normalized ? "density" : "count"),
            xRange: nil, yRange: yRange, size: size, description: description, yIncludesZero: true)
        self.bins = max(bins, 1)
        self.range = range
        self.normalized = normalized
    }

    /// Returns the histogram with the samples `values` binned as one translucent series.
    public func values(
        _ values: [Double], label: String? = nil, color: PlotColor? = nil, opacity: Double = 0.4
    ) -> Histogram {
        var plot = self
        plot.layers.append(.samples(values, label: label, color: color, opacity: min(max(opacity, 0), 1)))
        return plot
    }

    /// Returns the histogram with a density curve through (`x[i]`, `y[i]`).
    public func density(
        x: [Double], y: [Double], label: String? = nil, style: LineStyle = .solid, color: PlotColor? = nil
    ) -> Histogram {
        var plot = self
        plot.layers.append(.curve(x: x, y: y, label: label, style: style, color: color))
        return plot
    }

    /// Returns the histogram with the curve of `density` sampled at 200 points over `domain`.
    public func density(
        _ domain: ClosedRange<Double>, label: String? = nil, style: LineStyle = .solid,
        color: PlotColor? = nil, _ density: (Double) -> Double
    ) -> Histogram {
        let xs = (0..<200).map { domain.lowerBound + (domain.upperBound - domain.lowerBound) * Double($0) / 199 }
        return self.density(x: xs, y: xs.map(density), label: label, style: style, color: color)
    }

    /// The histogram's axes, bars and curves.
    public var chart: Chart {
        var chart = base
        let edges = binEdges()
        for layer in layers {
            switch layer {
            case let .samples(values, label, color, opacity):
                let heights = edges.map { binHeights(values, edges: $0) } ?? []
                let mark = BarMark(
                    edges: edges ?? [], heights: heights, label: label,
                    color: chart.nextColor(color), opacity: opacity)
                chart.marks.append(.bars(mark))
            case let .curve(x, y, label, style, color):
                let mark = LineMark(xs: x, ys: y, label: label, color: chart.nextColor(color), style: style, width: 2)
                chart.marks.append(.line(mark))
            }
        }
        return chart
    }

    /// Equal bins over the given range, or over every finite sample.
    private func binEdges() -> [Double]? {
        var low = Double.infinity, high = -Double.infinity
        for case let .samples(values, _, _, _) in layers {
            for value in values where value.isFinite {
                (low, high) = (min(low, value), max(high, value))
            }
        }
        if let range { (low, high) = (range.lowerBound, range.upperBound) }
        guard low <= high else { return nil }
        if low == high { (low, high) = (low - 0.5, high + 0.5) }
        return (0...bins).map { low + (high - low) * Double($0) / Double(bins) }
    }

    /// Counts per bin (the last bin includes its upper edge), divided by n × width when normalized.
    private func binHeights(_ values: [Double], edges: [Double]) -> [Double] {
        let low = edges[0], high = edges[edges.count - 1]
        var counts = [Double](repeating: 0, count: bins)
        var total = 0.0
        for value in values where value.isFinite && value >= low && value <= high {
            counts[min(Int((value - low) / (high - low) * Double(bins)), bins - 1)] += 1
            total += 1
        }
        guard normalized, total > 0 else { return counts }
        let width = (high - low) / Double(bins)
        return counts.map { $0 / (total * width) }
    }
}
