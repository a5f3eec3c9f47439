/// The size of one image in a batch of images stored one per row of a `Tensor`.
///
/// Layout: NHWC. Row n of the tensor is image n; within the row the values run pixel by pixel, row of
/// pixels by row of pixels, with a pixel's `channels` values side by side: the value at (y, x, c) sits in
/// column `(y * width + x) * channels + c`. Flattening an image is therefore free (it already is a row),
/// and a convolution's output, one row of channels per pixel, is NHWC as it comes out of the product.
public struct ImageShape: Sendable, Equatable, CustomStringConvertible {
    /// Rows of pixels.
    public let height: Int
    /// Pixels per row.
    public let width: Int
    /// Values per pixel (1 for grayscale, 3 for RGB, or a layer's feature maps).
    public let channels: Int

    /// An image shape; every size must be positive.
    public init(height: Int, width: Int, channels: Int) {
        require(height > 0 && width > 0 && channels > 0,
                "ImageShape: sizes must be positive, got \(height)x\(width)x\(channels)")
        self.height = height
        self.width = width
        self.channels = channels
    }

    /// The number of values in one image, the width of its row.
    public var count: Int { height * width * channels }

    /// "16x16x1": height, width, channels.
    public var description: String { "\(height)x\(width)x\(channels)" }
}
