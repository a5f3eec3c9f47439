/// A 2-D convolution layer on NHWC images stored one per row (see `ImageShape`), with an optional fused
/// activation: `x.conv2d(weight, bias, ...)`.
public final class Conv2D: Layer {
    /// The kernels, `[kernel * kernel * input.channels, outputChannels]`: column o is kernel o, its values in
    /// the order (ky, kx, c).
    public let weight: Tensor
    /// One bias per output channel, `[1, outputChannels]`.
    public let bias: Tensor
    /// The shape of one input image.
    public let input: ImageShape
    /// The side of the square kernel.
    public let kernel: Int
    /// How far the kernel moves between output pixels.
    public let stride: Int
    /// Zero pixels around the input.
    public let padding: Int
    /// The nonlinearity applied to the output.
    public let activation: Activation

    /// A layer with weights drawn from N(0, 0.02^2) and zero biases, as in DCGAN (Radford et al., 2016,
    /// section 4), so a seed fixes them.
    public init(
        input: ImageShape, outputChannels: Int, kernel: Int, stride: Int = 1, padding: Int = 0,
        activation: Activation = .identity, using rng: inout RNG
    ) {
        let geometry = ConvolutionGeometry(input: input, kernel: kernel, stride: stride, padding: padding)
        require(outputChannels > 0, "Conv2D: outputChannels must be positive, got \(outputChannels)")
        weight = Tensor.randomNormal(rows: geometry.patchSize, cols: outputChannels, std: 0.02, using: &rng)
        weight.requiresGrad = true
        bias = Tensor.zeros(rows: 1, cols: outputChannels, requiresGrad: true)
        self.input = input
        self.kernel = kernel
        self.stride = stride
        self.padding = padding
        self.activation = activation
    }

    /// The shape of one output image.
    public var output: ImageShape {
        let geometry = ConvolutionGeometry(input: input, kernel: kernel, stride: stride, padding: padding)
        return ImageShape(height: geometry.outputHeight, width: geometry.outputWidth, channels: weight.cols)
    }

    /// The trainable tensors: weight, then bias.
    public var parameters: [Tensor] { [weight, bias] }

    /// Convolves a batch of images.
    public func callAsFunction(_ x: Tensor) -> Tensor {
        x.conv2d(weight, bias, input: input, stride: stride, padding: padding, activation: activation)
    }
}
