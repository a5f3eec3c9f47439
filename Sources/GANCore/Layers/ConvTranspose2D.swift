/// A transposed ("fractionally-strided") convolution layer on NHWC images, DCGAN's way of growing an image
/// in the generator: `x.transposedConv2d(weight, bias, ...)`.
///
/// We use it rather than upsampling followed by a convolution (`Upsample`, `Conv2D`): it is what DCGAN
/// uses, and with a kernel of 4 and a stride of 2 every output pixel receives the same number of
/// contributions, so the checkerboard that Odena, Dumoulin and Olah (Distill 2016) trace to uneven overlap
/// does not arise from the geometry. It also costs less: an 8x8 input grown to 16x16 takes one product at
/// the small size, where upsample-then-convolve multiplies at the large size.
public final class ConvTranspose2D: Layer {
    /// The kernels, `[kernel * kernel * outputChannels, input.channels]`, rows in the order (ky, kx, o).
    public let weight: Tensor
    /// One bias per output channel, `[1, outputChannels]`.
    public let bias: Tensor
    /// The shape of one input image.
    public let input: ImageShape
    /// The side of the square kernel.
    public let kernel: Int
    /// The output moves `stride` pixels per input pixel.
    public let stride: Int
    /// Pixels cut from every side of the output.
    public let padding: Int

    /// A layer with weights drawn from N(0, 0.02^2) and zero biases, as in DCGAN.
    public init(
        input: ImageShape, outputChannels: Int, kernel: Int, stride: Int, padding: Int, using rng: inout RNG
    ) {
        require(outputChannels > 0 && kernel > 0 && stride > 0 && padding >= 0,
                "ConvTranspose2D: channels, kernel and stride must be positive and padding not negative")
        weight = Tensor.randomNormal(rows: kernel * kernel * outputChannels, cols: input.channels, std: 0.02, using: &rng)
        weight.requiresGrad = true
        bias = Tensor.zeros(rows: 1, cols: outputChannels, requiresGrad: true)
        self.input = input
        self.kernel = kernel
        self.stride = stride
        self.padding = padding
    }

    /// The shape of one output image.
    public var output: ImageShape {
        let side = { (n: Int) in (n - 1) * self.stride - 2 * self.padding + self.kernel }
        return ImageShape(height: side(input.height), width: side(input.width), channels: bias.cols)
    }

    /// The trainable tensors: weight, then bias.
    public var parameters: [Tensor] { [weight, bias] }

    /// Grows a batch of images.
    public func callAsFunction(_ x: Tensor) -> Tensor {
        x.transposedConv2d(weight, bias, input: input, stride: stride, padding: padding)
    }
}
