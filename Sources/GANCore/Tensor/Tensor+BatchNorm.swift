import Foundation

// MARK: - Batch normalisation

/// The mean and variance of every channel, as batch normalisation uses them.
public struct ChannelStatistics: Sendable, Equatable {
    /// The mean of each channel.
    public var mean: [Float]
    /// The variance of each channel.
    public var variance: [Float]
}

extension Tensor {
    /// Batch normalisation (Ioffe and Szegedy, 2015) of the channels of this tensor, whose every row is made
    /// of pixels of `channels` values (an NHWC image, or a dense layer's output with one pixel): each value
    /// becomes `scale[c] * (x - mean[c]) / sqrt(variance[c] + epsilon) + shift[c]`.
    ///
    /// With `statistics` nil (training), mean and variance are those of this batch, over every pixel of
    /// every row (the variance divides by their number), and the gradient flows through them too; they are
    /// returned so that a layer can keep running averages. With `statistics` given (inference), those are
    /// used and the map is a fixed affine one per channel. Sums run over the pixels in order.
    public func batchNormalized(
        channels: Int, scale: Tensor, shift: Tensor, epsilon: Float = 1e-5, statistics: ChannelStatistics? = nil
    ) -> (output: Tensor, batch: ChannelStatistics) {
        require(channels > 0 && cols % channels == 0,
                "batchNormalized: rows of \(cols) values are not pixels of \(channels) channels")
        require(scale.count == channels && shift.count == channels,
                "batchNormalized: scale \(scale.shape) and shift \(shift.shape) need \(channels) values each")
        let input = self
        let c = channels
        let pixels = count / c
        require(pixels > 0, "batchNormalized: an empty batch has no statistics")
        let stats = statistics ?? Self.channelStatistics(data, channels: c)
        let inverseStd = stats.variance.map { 1 / ($0 + epsilon).squareRoot() }
        let normalised = [Float](unsafeUninitializedCapacity: count) { out, initialized in
            for p in 0..<pixels {
                for j in 0..<c { out[p * c + j] = (data[p * c + j] - stats.mean[j]) * inverseStd[j] }
            }
            initialized = count
        }
        let values = [Float](unsafeUninitializedCapacity: count) { out, initialized in
            for p in 0..<pixels {
                for j in 0..<c { out[p * c + j] = scale.data[j] * normalised[p * c + j] + shift.data[j] }
            }
            initialized = count
        }
        let throughStatistics = statistics == nil
        let output = Tensor(rows: rows, cols: cols, data: values, parents: [input, scale, shift]) { out in
            // dL/dshift = sum of dy; dL/dscale = sum of dy * xhat, both per channel.
            var shiftGrad = [Float](repeating: 0, count: c), scaleGrad = [Float](repeating: 0, count: c)
            for p in 0..<pixels {
                for j in 0..<c {
                    shiftGrad[j] += out.grad[p * c + j]
                    scaleGrad[j] += out.grad[p * c + j] * normalised[p * c + j]
                }
            }
            if input.requiresGrad {
                input.withGrad { g in
                    if throughStatistics {
                        // dx = scale / (std * m) * (m * dy - sum(dy) - xhat * sum(dy * xhat)), m = pixels.
                        let m = Float(pixels)
                        let factor = (0..<c).map { scale.data[$0] * inverseStd[$0] / m }
                        for p in 0..<pixels {
                            for j in 0..<c {
                                let i = p * c + j
                                g[i] += factor[j] * (m * out.grad[i] - shiftGrad[j] - normalised[i] * scaleGrad[j])
                            }
                        }
                    } else {
                        for p in 0..<pixels {
                            for j in 0..<c { g[p * c + j] += out.grad[p * c + j] * scale.data[j] * inverseStd[j] }
                        }
                    }
                }
            }
            if scale.requiresGrad { scale.withGrad { g in for j in 0..<c { g[j] += scaleGrad[j] } } }
            if shift.requiresGrad { shift.withGrad { g in for j in 0..<c { g[j] += shiftGrad[j] } } }
        }
        return (output, stats)
    }

    /// Mean and (biased) variance per channel of pixels of `channels` values, summed pixel by pixel.
    static func channelStatistics(_ data: [Float], channels c: Int) -> ChannelStatistics {
        let pixels = data.count / c
        var mean = [Float](repeating: 0, count: c), variance = [Float](repeating: 0, count: c)
        for p in 0..<pixels {
            for j in 0..<c { mean[j] += data[p * c + j] }
        }
        for j in 0..<c { mean[j] /= Float(pixels) }
        for p in 0..<pixels {
            for j in 0..<c {
                let d = data[p * c + j] - mean[j]
                variance[j] += d * d
            }
        }
        for j in 0..<c { variance[j] /= Float(pixels) }
        return ChannelStatistics(mean: mean, variance: variance)
    }
}
