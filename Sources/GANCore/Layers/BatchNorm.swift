/// Batch normalisation of the channels of NHWC images, or of a dense layer's outputs (one-pixel images),
/// with a learnt scale and shift per channel (Ioffe and Szegedy, 2015).
///
/// In training mode (the default) it normalises by the statistics of the batch it sees and keeps running
/// averages of them; in inference mode (`training = false`) it uses those averages, so that an image no
/// longer depends on the others in its batch.
public final class BatchNorm: Layer {
    /// The scale per channel, `[1, channels]`, starting at 1.
    public let scale: Tensor
    /// The shift per channel, `[1, channels]`, starting at 0.
    public let shift: Tensor
    /// Running averages of the batch statistics (the variance with Bessel's correction), used for inference.
    public private(set) var running: ChannelStatistics
    /// Whether the batch's own statistics are used (and the running averages updated).
    public var training = true
    /// The weight of each new batch in the running averages.
    public let momentum: Float
    /// Added to the variance before its square root.
    public let epsilon: Float

    /// A layer for `channels` channels; momentum and epsilon default to PyTorch's.
    public init(channels: Int, momentum: Float = 0.1, epsilon: Float = 1e-5) {
        require(channels > 0, "BatchNorm: channels must be positive, got \(channels)")
        scale = Tensor(rows: 1, cols: channels, data: Array(repeating: 1, count: channels), requiresGrad: true)
        shift = Tensor.zeros(rows: 1, cols: channels, requiresGrad: true)
        running = ChannelStatistics(mean: Array(repeating: 0, count: channels),
                                    variance: Array(repeating: 1, count: channels))
        self.momentum = momentum
        self.epsilon = epsilon
    }

    /// The number of channels.
    public var channels: Int { scale.count }

    /// The trainable tensors: scale, then shift.
    public var parameters: [Tensor] { [scale, shift] }

    /// Normalises a batch; in training mode also updates the running averages.
    public func callAsFunction(_ x: Tensor) -> Tensor {
        let (output, batch) = x.batchNormalized(
            channels: channels, scale: scale, shift: shift, epsilon: epsilon, statistics: training ? nil : running)
        if training {
            let n = Float(x.count / channels)
            let correction = n > 1 ? n / (n - 1) : 1
            for j in 0..<channels {
                running.mean[j] = (1 - momentum) * running.mean[j] + momentum * batch.mean[j]
                running.variance[j] = (1 - momentum) * running.variance[j] + momentum * batch.variance[j] * correction
            }
        }
        return output
    }
}
