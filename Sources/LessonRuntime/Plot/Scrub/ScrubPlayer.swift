/// Renders a ``ScrubbableFigure``: the player's SVG with empty layers, its controls and frame data, and
/// the row of stills shown without the script and in print.
///
/// The markup is the contract with the site's `scrub.js` and its styles: `.scrub` holds `.scrub-player`
/// (an SVG whose `[data-layer]` elements, `[data-cursor]` path and `[data-frame-label]` text the script
/// fills; `.scrub-controls`, hidden until the script runs; `script.scrub-data`) and `.scrub-stills`.
struct ScrubPlayer {
    let figure: ScrubbableFigure
    private var fontSize: Double { PlotText.fontSize(forWidth: figure.frames.first?.chart.size.width ?? 0) }
    private static let lossHeight = 220.0

    func html() -> String {
        guard let first = figure.frames.first, let last = figure.frames.last else {
            return ScatterPlot(title: figure.title ?? "No frames were recorded").svg()
        }
        let width = first.chart.size.width
        let titleHeight = figure.title == nil ? 0 : fontSize * 2.4
        // The legend goes above the plot area, where no frame's marks can lie under it.
        let legend = LegendRenderer.rows(first.chart.marks, width: width * 0.95, font: fontSize)
        let top = titleHeight + Double(legend.count) * fontSize * 1.8
        let plane = Rect(x: 0, y: top, width: width, height: first.chart.size.height)
        var skeleton = fixedChart(first.chart, frame: plane, title: last.label)
        skeleton.showsLegend = false
        let layout = ChartLayout(chart: skeleton, frame: plane, fontSize: fontSize, hasTitle: true)
        let layers = skeleton.marks.enumerated().map { index, mark in
            ScrubLayer(index: index, template: mark, layout: layout, longestArrow: longestArrow(layer: index))
        }

        var body = SVGBuilder()
        if let title = figure.title {
            body.text("text", [
                "x": SVGBuilder.number(width / 2), "y": SVGBuilder.number(fontSize * 1.6), "text-anchor": "middle",
                "font-size": SVGBuilder.number(fontSize * 1.3), "font-weight": "600",
                "style": "fill: \(PlotTheme.variable("fg"))",
            ], title)
        }
        for (row, marks) in legend.enumerated() {
            LegendRenderer.drawRow(
                marks, centre: width / 2, y: titleHeight + fontSize * (1.2 + 1.8 * Double(row)), font: fontSize, into: &body)
        }
        var layerMarkup = SVGBuilder()
        for layer in layers { layerMarkup.append(layer.element()) }
        var planeRenderer = ChartRenderer(
            chart: skeleton, frame: plane, fontSize: fontSize, clipID: SVGDocument.idToken + "-clip", panelLabel: nil)
        planeRenderer.marksMarkup = layerMarkup
        planeRenderer.titleIsFrameLabel = true
        body.append(planeRenderer.render())
        var descriptions = [ChartDescription.describe(skeleton, layout: layout)]

        var cursor: (layout: ChartLayout, ends: [Double])?
        if let losses = figure.losses?.chart {
            let frame = Rect(x: 0, y: plane.maxY, width: width, height: Self.lossHeight)
            let renderer = ChartRenderer(
                chart: losses, frame: frame, fontSize: fontSize, clipID: SVGDocument.idToken + "-clip-losses",
                panelLabel: nil)
            body.append(renderer.render())
            let lossLayout = renderer.layout
            body.empty("path", [
                "data-cursor": "", "d": "", "fill": "none", "stroke-width": "1.5", "stroke-dasharray": "4 3",
                "style": "stroke: \(PlotTheme.variable("fg"))",
            ])
            cursor = (lossLayout, [lossLayout.plot.y, lossLayout.plot.maxY])
            descriptions.append("Below: " + ChartDescription.describe(losses, layout: lossLayout)
                + " A dashed line marks the frame's step.")
        }
        let summary = "Scrubbable figure of \(figure.frames.count) frames, from \(first.label) to \(last.label); "
            + "a slider chooses the frame."
        let height = plane.maxY + (cursor == nil ? 0 : Self.lossHeight)
        let player = SVGDocument(
            width: width, height: height, title: figure.title ?? "Scrubbable figure",
            description: figure.description ?? ([summary] + descriptions).joined(separator: " "), body: body)

        let coder = CoordinateCoder(x: layout.plot.x, y: layout.plot.y, width: layout.plot.width, height: layout.plot.height)
        var previous: [String] = []
        let frames = figure.frames.map { frame in
            let layerData = layers.map { $0.encode($0.index < frame.chart.marks.count ? frame.chart.marks[$0.index] : nil, coder: coder) }
            defer { previous = layerData }
            return ScrubFrame(
                label: frame.label,
                cursor: cursor.map { (($0.layout.px(frame.step)) * 10).rounded() / 10 },
                layers: layerData.enumerated().map { index, data in
                    index < previous.count && previous[index] == data && !data.isEmpty ? ScrubFrame.unchanged : data
                })
        }
        let payload = ScrubPayload(
            box: [layout.plot.x, layout.plot.y, layout.plot.width, layout.plot.height], cursor: cursor?.ends,
            frames: frames)
        return Self.markup(player: player.markup(), payload: payload, stills: stills(plane: plane, layers: layers), last: last.label)
    }

    /// The frame's chart with the axes shared by every frame and, for arrows, the shared scale.
    private func fixedChart(_ chart: Chart, frame: Rect, title: String, layers: [ScrubLayer] = []) -> Chart {
        var combined = figure.frames[0].chart
        combined.title = title
        // A heatmap fixes the view, as in GAN Lab; otherwise the axes cover every frame's marks.
        let cells = combined.marks.filter { if case .cells = $0 { true } else { false } }
        combined.marks = cells.isEmpty ? figure.frames.flatMap(\.chart.marks) : cells
        let domains = ChartLayout(chart: combined, frame: frame, fontSize: fontSize, hasTitle: true)
        var fixed = chart
        fixed.title = title
        (fixed.xRange, fixed.yRange, fixed.equalAspect) = (domains.xDomain, domains.yDomain, false)
        for layer in layers where layer.index < fixed.marks.count {
            if case .arrows(var arrows) = fixed.marks[layer.index] {
                arrows.scale = layer.arrowScale
                fixed.marks[layer.index] = .arrows(arrows)
            }
        }
        return fixed
    }

    /// The longest vector of the arrows at position `layer` over all frames.
    private func longestArrow(layer: Int) -> Double {
        figure.frames.map { frame in
            guard layer < frame.chart.marks.count, case .arrows(let arrows) = frame.chart.marks[layer] else { return 0 }
            return arrows.longest
        }.max() ?? 0
    }

    /// A few frames, evenly spread from the first to the last, side by side.
    private func stills(plane: Rect, layers: [ScrubLayer]) -> String {
        let count = min(figure.stillCount, figure.frames.count)
        let picked = count == 1
            ? [figure.frames.count - 1]
            : (0..<count).map { ($0 * (figure.frames.count - 1) + (count - 1) / 2) / (count - 1) }
        let panels: [any Plot] = picked.map { index in
            let frame = figure.frames[index]
            var chart = fixedChart(frame.chart, frame: plane, title: frame.label, layers: layers)
            // Narrow panels would otherwise squash a plane (a heatmap or equal-aspect scatter); other
            // plots, such as curves against x, keep their own ranges.
            chart.equalAspect = frame.chart.equalAspect
                || frame.chart.marks.contains { if case .cells = $0 { true } else { false } }
            return ChartPanel(chart: chart)
        }
        let description = "\(count) of the \(figure.frames.count) frames: " + picked.map { figure.frames[$0].label }
            .joined(separator: ", ") + "."
        return Figure(title: figure.title, panels: panels, columns: count, labelsPanels: false, description: description)
            .svg()
    }

    /// The figure's HTML around the player's SVG, its frame data and the stills.
    static func markup(player: String, payload: ScrubPayload, stills: String, last: String) -> String {
        let label = MarkupEscaping.escape(last)
        let maximum = payload.frames.count - 1
        return """
            <div class="scrub">
            <div class="scrub-player">
            \(player)
            <div class="scrub-controls" role="group" aria-label="Frames" hidden>
            <button type="button" class="scrub-prev" aria-label="Previous frame">◀</button>
            <button type="button" class="scrub-play" aria-pressed="false">Play</button>
            <button type="button" class="scrub-next" aria-label="Next frame">▶</button>
            <input class="scrub-slider" type="range" min="0" max="\(maximum)" step="1" value="\(maximum)" \
            aria-label="Frame" aria-valuetext="\(label)">
            <output class="scrub-label" aria-live="polite">\(label)</output>
            </div>
            <script type="application/json" class="scrub-data">\(payload.json())</script>
            </div>
            <div class="scrub-stills">
            \(stills)
            </div>
            </div>
            """
    }
}

/// A chart shown as it is, for panels built from recorded frames.
private struct ChartPanel: Plot {
    let chart: Chart
}
