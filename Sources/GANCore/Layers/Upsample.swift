/// Nearest-neighbour upsampling of NHWC images by an integer factor, with no parameters.
///
/// Followed by a convolution it is the "resize-convolution" that Odena, Dumoulin and Olah ("Deconvolution
/// and Checkerboard Artifacts", Distill 2016) propose instead of a transposed convolution (`ConvTranspose2D`),
/// which prints a checkerboard when its stride does not divide its kernel.
public final class Upsample: Layer {
    /// The shape of one input image.
    public let input: ImageShape
    /// How many times taller and wider the output is.
    public let factor: Int

    /// A layer that repeats each pixel of `input` images into a `factor` x `factor` block.
    public init(input: ImageShape, factor: Int = 2) {
        require(factor >= 1, "Upsample: factor \(factor) must be at least 1")
        self.input = input
        self.factor = factor
    }

    /// The shape of one output image.
    public var output: ImageShape {
        ImageShape(height: input.height * factor, width: input.width * factor, channels: input.channels)
    }

    /// None: upsampling has no parameters.
    public var parameters: [Tensor] { [] }

    /// Upsamples a batch of images.
    public func callAsFunction(_ x: Tensor) -> Tensor { x.upsampled(input: input, factor: factor) }
}
