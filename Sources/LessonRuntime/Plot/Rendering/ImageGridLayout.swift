/// Where the images, frames and labels of an ``ImageGrid`` go, in image pixels and in SVG units.
///
/// All images form one PNG, separated by one pixel of paper, or by enough rows for the labels.
struct ImageGridLayout {
    /// The images shown and the grid's columns and rows.
    let count, columns, rows: Int
    /// One image's size and the paper between images, in image pixels.
    let tileWidth, tileHeight, columnGap, rowGap: Int
    /// SVG units per image pixel, the label font size, the margin and the title's height.
    let scale, fontSize, margin, titleHeight: Double

    init(grid: ImageGrid) {
        count = grid.values.count
        columns = min(grid.columns, max(count, 1))
        rows = (count + columns - 1) / columns
        (tileWidth, tileHeight, scale) = (grid.width, grid.height, grid.scale)
        // Legible at a phone's width (see PlotText) but no wider than a six-character label under a tile.
        let gridWidth = Double(columns * (grid.width + 1)) * grid.scale
        fontSize = max(9, min(Double(grid.width) * grid.scale / 3.6, PlotText.fontSize(forWidth: gridWidth)))
        columnGap = 1
        rowGap = grid.labels == nil ? 1 : Int((fontSize * 1.5 / grid.scale).rounded(.up))
        margin = 4
        titleHeight = grid.title == nil ? 0 : fontSize * 2.2
    }

    /// The PNG's size in pixels.
    var pixelWidth: Int { max(columns * (tileWidth + columnGap) - columnGap, 1) }
    var pixelHeight: Int { max(rows * (tileHeight + rowGap) - rowGap, 1) }

    /// Where the PNG is drawn, in SVG units.
    var imageFrame: (x: Double, y: Double, width: Double, height: Double) {
        (margin, margin + titleHeight, Double(pixelWidth) * scale, Double(pixelHeight) * scale)
    }

    /// The whole figure's size, in SVG units (the last row's labels below the PNG).
    var width: Double { imageFrame.width + 2 * margin }
    var height: Double {
        imageFrame.y + imageFrame.height + (rowGap > 1 ? Double(rowGap) * scale : 0) + margin
    }

    /// The top-left pixel of image `index` in the PNG.
    func origin(_ index: Int) -> (x: Int, y: Int) {
        ((index % columns) * (tileWidth + columnGap), (index / columns) * (tileHeight + rowGap))
    }

    /// The baseline centre of image `index`'s label, in SVG units.
    func labelAnchor(_ index: Int) -> (x: Double, y: Double) {
        let pixel = origin(index)
        return (imageFrame.x + (Double(pixel.x) + Double(tileWidth) / 2) * scale,
                imageFrame.y + Double(pixel.y + tileHeight) * scale + fontSize * 1.1)
    }

    /// One closed path around every image, in SVG units.
    var framesPath: String {
        let n = SVGBuilder.number
        let (w, h) = (Double(tileWidth) * scale + 1, Double(tileHeight) * scale + 1)
        return (0..<count).map { index in
            let pixel = origin(index)
            let x = imageFrame.x + Double(pixel.x) * scale - 0.5
            let y = imageFrame.y + Double(pixel.y) * scale - 0.5
            return "M\(n(x)) \(n(y))h\(n(w))v\(n(h))h\(n(-w))z"
        }.joined()
    }

    /// The PNG's bytes, rows top to bottom: gray levels, or red, green and blue per pixel.
    func pixelBytes(of grid: ImageGrid) -> [UInt8] {
        let planes = grid.channels.rawValue
        let (low, span) = (grid.range.lowerBound, grid.range.upperBound - grid.range.lowerBound)
        var bytes = [UInt8](repeating: 0, count: pixelWidth * pixelHeight * planes)
        for (index, image) in grid.values.prefix(count).enumerated() {
            let corner = origin(index)
            for y in 0..<tileHeight {
                for x in 0..<tileWidth {
                    for plane in 0..<planes {
                        let source = (plane * tileHeight + y) * tileWidth + x
                        let value = source < image.count ? image[source] : low
                        let level = span > 0 && value.isFinite ? min(max((value - low) / span, 0), 1) : 0
                        bytes[((corner.y + y) * pixelWidth + corner.x + x) * planes + plane] = UInt8((level * 255).rounded())
                    }
                }
            }
        }
        return bytes
    }
}

extension ImageGridLayout {
    /// Draws the grid's pixels (`picture`: the `<image>` element's attributes, placed on ``imageFrame``) and
    /// the frames around its tiles into `body`. Gray levels mask a rectangle of the text colour, so ink
    /// follows the theme; RGB images are drawn as they are.
    func drawPixels(_ picture: KeyValuePairs<String, String?>, gray: Bool, into body: inout SVGBuilder) {
        let n = SVGBuilder.number
        let frame = imageFrame
        if gray {
            let mask = SVGDocument.idToken + "-ink"
            body.open("mask", ["id": mask, "maskUnits": "userSpaceOnUse", "x": n(frame.x), "y": n(frame.y),
                               "width": n(frame.width), "height": n(frame.height)])
            body.empty("image", picture)
            body.close("mask")
            body.empty("rect", ["x": n(frame.x), "y": n(frame.y), "width": n(frame.width), "height": n(frame.height),
                                "mask": "url(#\(mask))", "style": "fill: \(PlotTheme.variable("fg"))"])
        } else {
            body.empty("image", picture)
        }
        body.empty("path", ["d": framesPath, "fill": "none",
                            "style": "stroke: \(PlotTheme.variable("muted")); stroke-width: 0.5"])
    }
}
