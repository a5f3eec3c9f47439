/// The common description of one plot panel: axes, labels and marks. Every plot kind
/// (``LinePlot``, ``ScatterPlot``, ``Histogram``, ``Heatmap``) builds one; ``Figure`` arranges several.
public struct Chart: Sendable {
    /// The overall size of a plot in SVG units; the SVG scales to the page's width.
    public struct Size: Sendable, Equatable {
        /// Width and height in SVG units (about pixels at full size).
        public var width, height: Double

        /// Creates a size.
        public init(width: Double, height: Double) {
            self.width = width
            self.height = height
        }

        /// 640 × 400, for line plots and histograms.
        public static let wide = Size(width: 640, height: 400)
        /// 520 × 460, for scatter plots and heatmaps of the plane.
        public static let square = Size(width: 520, height: 460)
    }

    /// What kind of plot this is, for the generated description ("Line plot").
    var kind: String
    var title: String?
    var xLabel: String?
    var yLabel: String?
    var xRange: ClosedRange<Double>?
    var yRange: ClosedRange<Double>?
    var size: Size
    var description: String?
    var marks: [Mark] = []
    /// Margins added around the data, as a fraction of its span, when no range is given.
    var xPadding = 0.0
    var yPadding = 0.05
    var yIncludesZero = false
    var equalAspect = false
    var colorBar: ColorBar?
    var showsLegend = true

    /// The number of series that get an automatic colour so far.
    var seriesCount: Int {
        marks.filter { $0.usesSeriesColor }.count
    }

    /// The colour for a new series: the given one, or the next theme colour.
    func nextColor(_ color: PlotColor?) -> PlotColor {
        color ?? .series(seriesCount + 1)
    }

    /// Adds dots at (`x[i]`, `y[i]`) as a new series; `opacity` is clamped to 0...1.
    mutating func appendPoints(
        x: [Double], y: [Double], label: String?, color: PlotColor?,
        radius: Double, opacity: Double, outlined: Bool
    ) {
        let mark = PointMark(
            xs: x, ys: y, label: label, color: nextColor(color),
            radius: radius, opacity: min(max(opacity, 0), 1), outlined: outlined)
        marks.append(.points(mark))
    }
}

/// The colour scale of a heatmap, drawn as a bar beside the plot.
struct ColorBar: Sendable {
    var range: ClosedRange<Double>
    var colormap: Colormap
    var label: String?
}
