/// A rectangle in SVG units, y growing downwards.
struct Rect: Sendable, Equatable {
    var x, y, width, height: Double
    var maxX: Double { x + width }
    var maxY: Double { y + height }
}

/// Where a chart's parts go: the data domains, the plot area inside the frame, and the ticks.
///
/// Margins are derived from the font size and the widest tick labels, so labels never overlap the
/// axes; the x ticks are thinned until their labels fit side by side.
struct ChartLayout {
    static let tickLength = 5.0
    /// Average width of a character, as a fraction of the font size (digits in a sans-serif font).
    static let characterWidth = 0.6

    let fontSize: Double
    let plot: Rect
    let xDomain: ClosedRange<Double>
    let yDomain: ClosedRange<Double>
    let xTicks: [Double]
    let yTicks: [Double]
    let xTickLabels: [String]
    let yTickLabels: [String]
    let colorTicks: [Double]
    let colorTickLabels: [String]

    /// The layout of `chart` in `frame`. `legendHeadroom`, a share of the plot's height, is kept free above
    /// the data (when the chart chose its own vertical range) so that a legend there covers none of it;
    /// `legendRows` leaves that many rows for the legend between the title and the plot area instead.
    init(chart: Chart, frame: Rect, fontSize: Double, hasTitle: Bool, legendHeadroom: Double = 0, legendRows: Int = 0) {
        self.fontSize = fontSize
        let font = fontSize
        var xDomain = chart.xRange ?? Self.domain(Self.extent(chart, \.xValues), chart.xPadding, includeZero: false)
        var yDomain = chart.yRange
            ?? Self.domain(Self.extent(chart, \.yValues), chart.yPadding, includeZero: chart.yIncludesZero)
        if chart.yRange == nil && !chart.equalAspect && legendHeadroom > 0 && legendHeadroom < 1 {
            let span = yDomain.upperBound - yDomain.lowerBound
            yDomain = yDomain.lowerBound...(yDomain.upperBound + span * legendHeadroom / (1 - legendHeadroom))
        }

        let top = frame.y + (hasTitle ? font * 2.2 : font * 0.8) + Double(legendRows) * font * 1.8
        let bottomSpace = Self.tickLength + font * 1.6 + (chart.xLabel == nil ? 0 : font * 1.5)
        let height = max(frame.maxY - bottomSpace - top, font * 4)
        let yTickCount = max(3, Int(height / (font * 4)))
        let firstYLabels = NiceScale.labels(for: NiceScale.ticks(in: yDomain, maxTicks: yTickCount))
        let left = frame.x + font * 0.5 + (chart.yLabel == nil ? 0 : font * 1.6)
            + Self.textWidth(firstYLabels, font) + Self.tickLength + 4

        if let bar = chart.colorBar {
            colorTicks = NiceScale.ticks(in: bar.range, maxTicks: yTickCount)
            colorTickLabels = NiceScale.labels(for: colorTicks)
        } else {
            (colorTicks, colorTickLabels) = ([], [])
        }
        var right = font * 1.5
        if let bar = chart.colorBar {
            right = font * 3 + Self.tickLength + 4 + Self.textWidth(colorTickLabels, font)
                + (bar.label == nil ? 0 : font * 1.6)
        }
        var width = max(frame.maxX - right - left, font * 4)
        if chart.equalAspect && legendRows > 0 {
            // Legend rows shorten a plot with equal scales; narrowing it in proportion keeps its ranges, so
            // panels that show the same plane still match.
            width *= height / (height + Double(legendRows) * font * 1.8)
        }
        plot = Rect(x: left, y: top, width: width, height: height)

        if chart.equalAspect {
            (xDomain, yDomain) = Self.equalAspect(xDomain, yDomain, width: width, height: height)
        }
        self.xDomain = xDomain
        self.yDomain = yDomain
        yTicks = NiceScale.ticks(in: yDomain, maxTicks: yTickCount)
        yTickLabels = NiceScale.labels(for: yTicks)
        (xTicks, xTickLabels) = Self.xTicks(xDomain, width: width, font: font)
    }

    /// The horizontal SVG position of a data x value.
    func px(_ x: Double) -> Double {
        plot.x + (x - xDomain.lowerBound) / (xDomain.upperBound - xDomain.lowerBound) * plot.width
    }

    /// The vertical SVG position of a data y value.
    func py(_ y: Double) -> Double {
        plot.maxY - (y - yDomain.lowerBound) / (yDomain.upperBound - yDomain.lowerBound) * plot.height
    }

    /// The estimated width of the widest of `labels` at this font size.
    static func textWidth(_ labels: [String], _ font: Double) -> Double {
        Double(labels.map(\.count).max() ?? 0) * font * characterWidth
    }

    // MARK: - Domains and ticks

    private static func extent(_ chart: Chart, _ values: KeyPath<Mark, [Double]>) -> ClosedRange<Double>? {
        var low = Double.infinity, high = -Double.infinity
        for mark in chart.marks {
            for value in mark[keyPath: values] where value.isFinite {
                low = min(low, value)
                high = max(high, value)
            }
        }
        return low <= high ? low...high : nil
    }

    private static func domain(
        _ extent: ClosedRange<Double>?, _ padding: Double, includeZero: Bool
    ) -> ClosedRange<Double> {
        var low = extent?.lowerBound ?? 0, high = extent?.upperBound ?? 1
        if includeZero { (low, high) = (min(low, 0), max(high, 0)) }
        if high - low <= 1e-12 * max(abs(low), abs(high), 1) {
            let margin = max(abs(low) * 0.1, 0.5)
            return (low - margin)...(high + margin)
        }
        let margin = (high - low) * padding
        return (includeZero && low == 0 ? 0 : low - margin)...(high + margin)
    }

    private static func equalAspect(
        _ x: ClosedRange<Double>, _ y: ClosedRange<Double>, width: Double, height: Double
    ) -> (ClosedRange<Double>, ClosedRange<Double>) {
        let unit = max((x.upperBound - x.lowerBound) / width, (y.upperBound - y.lowerBound) / height)
        func widened(_ range: ClosedRange<Double>, _ length: Double) -> ClosedRange<Double> {
            let middle = (range.lowerBound + range.upperBound) / 2
            return (middle - unit * length / 2)...(middle + unit * length / 2)
        }
        return (widened(x, width), widened(y, height))
    }

    /// The most x ticks whose labels still fit side by side with a gap.
    private static func xTicks(_ domain: ClosedRange<Double>, width: Double, font: Double) -> ([Double], [String]) {
        var count = max(4, Int(width / (font * 5)))
        while true {
            let ticks = NiceScale.ticks(in: domain, maxTicks: count)
            let labels = NiceScale.labels(for: ticks)
            let spacing = ticks.count > 1 ? width * (ticks[1] - ticks[0]) / (domain.upperBound - domain.lowerBound) : width
            if count <= 2 || spacing >= textWidth(labels, font) + font { return (ticks, labels) }
            count -= 1
        }
    }
}

extension Mark {
    /// The x values that the axis must show.
    var xValues: [Double] {
        switch self {
        case .line(let mark): mark.xs
        case .points(let mark): mark.xs
        case .bars(let mark): mark.edges
        case .cells(let mark): CellMark.edges(mark.xs)
        case .arrows(let mark): mark.xs
        case .mesh(let mark): mark.xs.flatMap { $0 }
        }
    }

    /// The y values that the axis must show.
    var yValues: [Double] {
        switch self {
        case .line(let mark): mark.ys
        case .points(let mark): mark.ys
        case .bars(let mark): mark.heights + [0]
        case .cells(let mark): CellMark.edges(mark.ys)
        case .arrows(let mark): mark.ys
        case .mesh(let mark): mark.ys.flatMap { $0 }
        }
    }
}

extension CellMark {
    /// Cell boundaries around sorted centres: midpoints inside, half a spacing beyond the ends.
    static func edges(_ centres: [Double]) -> [Double] {
        guard centres.count > 1 else { return centres.first.map { [$0 - 0.5, $0 + 0.5] } ?? [] }
        let middles = zip(centres, centres.dropFirst()).map { ($0 + $1) / 2 }
        return [centres[0] - (middles[0] - centres[0])] + middles
            + [centres[centres.count - 1] + (centres[centres.count - 1] - middles[middles.count - 1])]
    }
}
