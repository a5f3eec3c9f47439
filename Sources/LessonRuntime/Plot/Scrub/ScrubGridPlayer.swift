/// Renders a ``ScrubbableFigure`` whose frames are image grids: one grid in the first frame's layout
/// whose picture (a PNG per frame) and labels the site's `scrub.js` swaps, and the stills (a few
/// frames' grids, one under another) shown without the script and in print.
///
/// Layer 0 is the grid's `<image>` (for gray images inside the mask that inks them in the theme's
/// colour); layer 1, when the frames have labels, a `<g data-labels>` of one `<text>` per image whose
/// data is the labels joined by tabs.
struct ScrubGridPlayer {
    let figure: ScrubbableFigure

    func html() -> String {
        let frames = figure.gridFrames
        guard var first = frames.first?.grid, let last = frames.last else { return "" }
        first.title = nil  // the figure's title goes above the frame's label instead
        let layout = ImageGridLayout(grid: first)
        let n = SVGBuilder.number
        let font = layout.fontSize
        // Room above the images for the title and the frame's label.
        let top = font * (figure.title == nil ? 2 : 3.6)
        var body = SVGBuilder()
        if let title = figure.title {
            body.text("text", [
                "x": n(layout.width / 2), "y": n(font * 1.4), "text-anchor": "middle",
                "font-size": n(font * 1.15), "font-weight": "600", "style": "fill: \(PlotTheme.variable("fg"))",
            ], title)
        }
        body.text("text", [
            "x": n(layout.width / 2), "y": n(top - font * 0.6), "text-anchor": "middle",
            "font-size": n(font), "style": "fill: \(PlotTheme.variable("fg"))", "data-frame-label": "",
        ], last.label)
        body.open("g", ["transform": "translate(0 \(n(top - layout.margin)))"])
        let image = layout.imageFrame
        let picture: KeyValuePairs<String, String?> = [
            "data-layer": "0", "x": n(image.x), "y": n(image.y), "width": n(image.width), "height": n(image.height),
            "preserveAspectRatio": "none", "style": "image-rendering: pixelated",
        ]
        layout.drawPixels(picture, gray: first.channels == .gray, into: &body)
        let labelled = first.labels != nil
        if labelled {
            body.open("g", ["data-layer": "1", "data-labels": "", "text-anchor": "middle", "font-size": n(font),
                            "style": "fill: \(PlotTheme.variable("fg"))"])
            for index in 0..<layout.count {
                let anchor = layout.labelAnchor(index)
                body.text("text", ["x": n(anchor.x), "y": n(anchor.y)], "")
            }
            body.close("g")
        }
        body.close("g")

        let summary = "Scrubbable grid of \(layout.count) images in \(frames.count) frames, from \(frames[0].label) "
            + "to \(last.label); a slider chooses the frame. Each frame shows the same \(layout.count) images, "
            + "\(layout.rows) row\(layout.rows == 1 ? "" : "s") of \(layout.columns), as they were at that step."
        let player = SVGDocument(
            width: layout.width, height: layout.height + top - layout.margin, title: figure.title ?? "Scrubbable image grid",
            description: figure.description ?? summary, body: body)

        var previous: [String] = []
        let payloadFrames = frames.map { frame in
            let grid = Self.conformed(frame.grid, to: first)
            var layers = [PNGEncoder.dataURI(
                width: layout.pixelWidth, height: layout.pixelHeight, bytes: layout.pixelBytes(of: grid),
                layout: first.channels == .gray ? .gray : .rgb)]
            if labelled { layers.append((0..<layout.count).map { Self.label(frame.grid, $0) }.joined(separator: "\t")) }
            defer { previous = layers }
            return ScrubFrame(label: frame.label, cursor: nil, layers: layers.enumerated().map { index, data in
                index < previous.count && previous[index] == data ? ScrubFrame.unchanged : data
            })
        }
        let payload = ScrubPayload(box: [0, 0, layout.width, layout.height], cursor: nil, frames: payloadFrames)
        return ScrubPlayer.markup(player: player.markup(), payload: payload, stills: stills(), last: last.label)
    }

    /// The frame's grid in the first frame's shape, so that its pixels land in the first frame's layout.
    private static func conformed(_ grid: ImageGrid, to first: ImageGrid) -> ImageGrid {
        var copy = first
        copy.values = grid.values
        copy.range = grid.range
        return copy
    }

    private static func label(_ grid: ImageGrid, _ index: Int) -> String {
        guard let labels = grid.labels, index < labels.count else { return "" }
        return labels[index].replacingOccurrences(of: "\t", with: " ")
    }

    /// A few frames, evenly spread from the first to the last, each its own grid titled by its label.
    private func stills() -> String {
        let frames = figure.gridFrames
        let count = min(figure.stillCount, frames.count)
        let picked = count == 1
            ? [frames.count - 1]
            : (0..<count).map { ($0 * (frames.count - 1) + (count - 1) / 2) / (count - 1) }
        return picked.map { index in
            var grid = Self.conformed(frames[index].grid, to: frames[0].grid)
            grid.labels = frames[index].grid.labels
            grid.title = [figure.title, frames[index].label].compactMap { $0 }.joined(separator: ", ")
            return grid.svg()
        }.joined(separator: "\n")
    }
}
