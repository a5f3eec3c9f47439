/// One layer of a chart, in data coordinates.
enum Mark: Sendable {
    case line(LineMark)
    case points(PointMark)
    case bars(BarMark)
    case cells(CellMark)
    case arrows(ArrowMark)
    case mesh(MeshMark)

    /// Whether the mark took an automatic series colour (so the next series takes the next one).
    var usesSeriesColor: Bool {
        switch self {
        case .line(let mark): mark.color.css.contains("--plot-series")
        case .points(let mark): mark.color.css.contains("--plot-series")
        case .bars(let mark): mark.color.css.contains("--plot-series")
        case .arrows(let mark): mark.color.css.contains("--plot-series")
        case .mesh(let mark): mark.color.css.contains("--plot-series")
        case .cells: false
        }
    }

    /// The label shown in the legend, if any.
    var label: String? {
        switch self {
        case .line(let mark): mark.label
        case .points(let mark): mark.label
        case .bars(let mark): mark.label
        case .arrows(let mark): mark.label
        case .mesh(let mark): mark.label
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

/// Arrows from (`xs[i]`, `ys[i]`) to (`xs[i] + scale·dxs[i]`, `ys[i] + scale·dys[i]`): a vector per point,
/// such as the generator's gradient at each sample or a game's vector field.
struct ArrowMark: Sendable {
    var xs: [Double]
    var ys: [Double]
    var dxs: [Double]
    var dys: [Double]
    var label: String?
    var color: PlotColor
    /// Data units per unit of the vectors; nil scales the longest arrow to a fixed share of the axes.
    var scale: Double?
    var width: Double

    /// The arrows' (start, end) in data units, given the scale to use; non-finite ones are left out.
    func segments(scale: Double) -> [(Double, Double, Double, Double)] {
        zip(zip(xs, ys), zip(dxs, dys)).compactMap { start, vector in
            let end = (start.0 + scale * vector.0, start.1 + scale * vector.1)
            let all = [start.0, start.1, end.0, end.1]
            return all.allSatisfy(\.isFinite) ? (start.0, start.1, end.0, end.1) : nil
        }
    }

    /// The longest finite vector's length (0 when there is none).
    var longest: Double {
        zip(dxs, dys).map { ($0 * $0 + $1 * $1).squareRoot() }.filter(\.isFinite).max() ?? 0
    }
}

/// A grid bent by a map: node (r, c) of a regular grid drawn at (`xs[r][c]`, `ys[r][c]`), with a line
/// through each row of nodes and each column, as GAN Lab draws the generator's image of a noise grid.
struct MeshMark: Sendable {
    var xs: [[Double]]
    var ys: [[Double]]
    var label: String?
    var color: PlotColor
    var width: Double
    var opacity: Double

    /// The polylines of the mesh: every row, then every column, as lists of (x, y).
    var polylines: [[(Double, Double)]] {
        let rows = min(xs.count, ys.count)
        let columns = (0..<rows).map { min(xs[$0].count, ys[$0].count) }.min() ?? 0
        let byRow = (0..<rows).map { r in (0..<columns).map { c in (xs[r][c], ys[r][c]) } }
        let byColumn = (0..<columns).map { c in (0..<rows).map { r in (xs[r][c], ys[r][c]) } }
        return byRow + byColumn
    }
}
