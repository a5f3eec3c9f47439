/// One layer of a chart, in data coordinates.
enum Mark: Sendable {
    case line(LineMark)
    case points(PointMark)
    case bars(BarMark)
    case cells(CellMark)

    /// Whether the mark took an automatic series colour (so the next series takes the next one).
    var usesSeriesColor: Bool {
        switch self {
        case .line(let mark): mark.color.css.contains("--plot-series")
        case .points(let mark): mark.color.css.contains("--plot-series")
        case .bars(let mark): mark.color.css.contains("--plot-series")
        case .cells: false
        }
    }

    /// The label shown in the legend, if any.
    var label: String? {
        switch self {
        case .line(let mark): mark.label
        case .points(let mark): mark.label
        case .bars(let mark): mark.label
        case .cells: nil
        }
    }
}

/// A polyline through points; non-finite values break the line.
struct LineMark: Sendable {
    var xs: [Double]
    var ys: [Double]
    var label: String?
    var color: PlotColor
    var style: LineStyle
    var width: Double
}

/// Dots at points, translucent so that dense regions look darker.
struct PointMark: Sendable {
    var xs: [Double]
    var ys: [Double]
    var label: String?
    var color: PlotColor
    var radius: Double
    var opacity: Double
    /// Draws a thin ring in the background colour, so dots stand out on a heatmap.
    var outlined: Bool
}

/// Histogram bars: `heights[i]` spans `edges[i]...edges[i + 1]`.
struct BarMark: Sendable {
    var edges: [Double]
    var heights: [Double]
    var label: String?
    var color: PlotColor
    var opacity: Double
}

/// A grid of coloured cells: `values[row][column]` at (`xs[column]`, `ys[row]`), the cell centres.
struct CellMark: Sendable {
    var xs: [Double]
    var ys: [Double]
    var values: [[Double]]
    var colorBar: ColorBar
}
