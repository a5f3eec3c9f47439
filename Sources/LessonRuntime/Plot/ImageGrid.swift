import GANCore

/// Small images side by side in rows and columns, with optional labels: training data, or what a
/// generator draws from fixed noise as it learns.
///
/// Every row of the tensor is one image, its pixels row by row; colour images hold three planes, red,
/// green and blue, one after another (as a convolution's channels). Values in `range` map to 0…1.
/// The pixels stay sharp squares at any zoom. Grayscale images are drawn as ink in the page's text
/// colour on its background, so they follow the light and dark themes; colour images show as they are.
///
/// ```swift
/// let digits = DigitImages(count: 64, seed: 1)
/// show(ImageGrid(digits.images, side: 16, columns: 8, labels: digits.labels.map(String.init)), caption: nil)
/// ```
public struct ImageGrid: Graphic {
    /// Whether the images are gray levels or red, green and blue planes.
    public enum Channels: Int, Sendable {
        case gray = 1
        case rgb = 3
    }

    /// The pixel values: one image per row, `width` x `height` (x 3 for colour) values each.
    public var values: [[Float]]
    /// An image's width and height in pixels.
    public var width, height: Int
    /// Gray or colour.
    public var channels: Channels
    /// The images per row of the grid.
    public var columns: Int
    /// A short label under each image (or none).
    public var labels: [String]?
    /// The values shown as no ink (black) and full ink (white); values outside are clipped.
    public var range: ClosedRange<Float>
    /// A title above the grid.
    public var title: String?
    /// A description for screen readers replacing the generated one.
    public var description: String?
    /// How many screen pixels (SVG units) one image pixel takes.
    public var scale: Double

    /// A grid of the images in the rows of `images`, `columns` per row of the grid.
    public init(
        _ images: Tensor, width: Int, height: Int, channels: Channels = .gray, columns: Int,
        labels: [String]? = nil, range: ClosedRange<Float> = 0...1, title: String? = nil,
        description: String? = nil, scale: Double = 3
    ) {
        self.values = images.rowArrays
        self.width = max(width, 1)
        self.height = max(height, 1)
        self.channels = channels
        self.columns = max(columns, 1)
        self.labels = labels
        self.range = range
        self.title = title
        self.description = description
        self.scale = scale > 0 ? scale : 3
    }

    /// A grid of square images `side` pixels wide and high.
    public init(
        _ images: Tensor, side: Int, channels: Channels = .gray, columns: Int, labels: [String]? = nil,
        range: ClosedRange<Float> = 0...1, title: String? = nil, description: String? = nil, scale: Double = 3
    ) {
        self.init(
            images, width: side, height: side, channels: channels, columns: columns, labels: labels,
            range: range, title: title, description: description, scale: scale)
    }

    /// The grid as one standalone SVG: one PNG of every image, frames, and labels.
    public func svg() -> String {
        let layout = ImageGridLayout(grid: self)
        var body = SVGBuilder()
        let n = SVGBuilder.number
        if let title {
            body.text("text", [
                "x": n(layout.width / 2), "y": n(layout.fontSize * 1.5), "text-anchor": "middle",
                "font-size": n(layout.fontSize * 1.15), "font-weight": "600",
                "style": "fill: \(PlotTheme.variable("fg"))",
            ], title)
        }
        let image = layout.imageFrame
        let picture: KeyValuePairs<String, String?> = [
            "x": n(image.x), "y": n(image.y), "width": n(image.width), "height": n(image.height),
            "preserveAspectRatio": "none", "style": "image-rendering: pixelated",
            "href": PNGEncoder.dataURI(
                width: layout.pixelWidth, height: layout.pixelHeight, bytes: layout.pixelBytes(of: self),
                layout: channels == .gray ? .gray : .rgb),
        ]
        layout.drawPixels(picture, gray: channels == .gray, into: &body)
        for (index, label) in (labels ?? []).prefix(layout.count).enumerated() {
            let anchor = layout.labelAnchor(index)
            body.text("text", ["x": n(anchor.x), "y": n(anchor.y), "text-anchor": "middle",
                               "font-size": n(layout.fontSize), "style": "fill: \(PlotTheme.variable("fg"))"], label)
        }
        let document = SVGDocument(
            width: layout.width, height: layout.height, title: title ?? "Image grid",
            description: description ?? generatedDescription(layout), body: body)
        return document.markup()
    }

    /// The title or a summary, for inline use.
    public var displayText: String { title ?? "Image grid of \(values.count) images" }

    private func generatedDescription(_ layout: ImageGridLayout) -> String {
        let kind = channels == .gray ? "grayscale" : "colour"
        var text = "Grid of \(layout.count) \(kind) images, \(layout.rows) row\(layout.rows == 1 ? "" : "s") of "
            + "\(layout.columns), each \(width) by \(height) pixels."
        if let labels, !labels.isEmpty {
            let shown = labels.prefix(min(layout.count, 100))
            text += " Labels, row by row: " + shown.joined(separator: ", ") + (layout.count > shown.count ? ", …" : "") + "."
        }
        return text
    }
}
