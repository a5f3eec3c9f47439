/// A figure a reader can scrub through: frames recorded during training (samples, D's field, gradient
/// arrows, the warped noise grid), played back in the page with a slider, play/pause and step buttons.
///
/// ```swift
/// var film = ScrubbableFigure(title: "Training on the ring")
/// for step in stride(from: 0, through: 3_000, by: 50) {
///     // …train to `step`…
///     film.record(Heatmap(x: -3...3, y: -3...3, resolution: 40, range: 0...1) { d($0, $1) }
///         .points(x: xs, y: ys, label: "generated"), step: Double(step))
/// }
/// film.losses = LinePlot(xLabel: "step", yLabel: "loss").line(x: steps, y: dLoss, label: "D")
/// show(film, caption: "Drag the slider.")
/// ```
///
/// Every frame should have the same layers in the same order (its first frame's decide how each is
/// drawn); the axes, legend and colour bar are drawn once, from the first frame: over the first
/// frame's heatmap if it has one (marks outside it are clipped), else over the extent of all frames. Coordinates travel rounded to about a fifth of an SVG unit and heatmaps as 64-level
/// images. The page shows the player when the site's `scrub.js` runs, and otherwise (and in print)
/// a row of a few frames.
public struct ScrubbableFigure: LessonDisplayable, Sendable {
    /// One recorded moment.
    struct Frame: Sendable {
        var label: String
        var step: Double
        var chart: Chart
    }

    /// A title above the player.
    public var title: String?
    /// A description for screen readers replacing the generated one.
    public var description: String?
    /// Loss curves (or any line plot against the step) drawn below, with a cursor at the frame's step.
    public var losses: LinePlot?
    /// How many frames the no-script and print version shows side by side (first and last included).
    public var stillCount: Int
    private(set) var frames: [Frame] = []
    /// Frames recorded as image grids (a figure holds plots or grids, not both).
    private(set) var gridFrames: [GridFrame] = []

    /// One recorded image grid.
    struct GridFrame: Sendable {
        var label: String
        var step: Double
        var grid: ImageGrid
    }

    /// An empty figure; add frames with ``record(_:step:label:)``.
    public init(title: String? = nil, description: String? = nil, losses: LinePlot? = nil, stillCount: Int = 4) {
        self.title = title
        self.description = description
        self.losses = losses
        self.stillCount = max(stillCount, 1)
    }

    /// Adds a frame: the plot as it stands at `step`, labelled `label` (by default "step N").
    public mutating func record(_ plot: some Plot, step: Double, label: String? = nil) {
        let name = label ?? "step \(ValueFormatter.format(step, significantDigits: 12))"
        frames.append(Frame(label: name, step: step, chart: plot.chart))
    }

    /// Adds a frame that is an image grid: what a generator draws from fixed noise at `step`, say.
    /// Every frame should have the first one's shape (images, columns, pixel size); the player shows
    /// each frame's images and labels in the first frame's layout.
    public mutating func record(_ grid: ImageGrid, step: Double, label: String? = nil) {
        let name = label ?? "step \(ValueFormatter.format(step, significantDigits: 12))"
        gridFrames.append(GridFrame(label: name, step: step, grid: grid))
    }

    /// The number of recorded frames.
    public var frameCount: Int { frames.count + gridFrames.count }

    /// The figure's HTML: the player (its SVG, controls and frame data) and the row of stills.
    public func html() -> String {
        guard !gridFrames.isEmpty else { return ScrubPlayer(figure: self).html() }
        guard frames.isEmpty else {
            return ScatterPlot(title: "A scrubbable figure holds plots or image grids, not both").svg()
        }
        return ScrubGridPlayer(figure: self).html()
    }

    /// A figure event carrying the HTML (runtime-built, so the page includes it as it is).
    public var displayEvent: CellEvent { .figure(FigureData(svg: html(), caption: nil)) }

    /// The title, or a summary.
    public var displayText: String { title ?? "Scrubbable figure of \(frameCount) frames" }
}

/// Shows a scrubbable figure with an optional caption.
public func show(_ figure: ScrubbableFigure, caption: String?) {
    EventSink.shared.emit(.figure(FigureData(svg: figure.html(), caption: caption)))
}
