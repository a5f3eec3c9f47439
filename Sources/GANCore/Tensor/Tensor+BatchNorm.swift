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
        require(count > 0, "batchNormalized: an empty batch has no statistics")
        let input = self
        let c = channels
        let pixels = count / c
        let stats = statistics ?? Self.channelStatistics(data, channels: c)
        let inverseStd = stats.variance.map { 1 / ($0 + epsilon).squareRoot() }
        let (scales, shifts, means) = (scale.data, shift.data, stats.mean)
        // x̂ = (x - mean) / std, then y = scale * x̂ + shift: pixel by pixel, each inner loop a vector loop.
        let normalised = Self.perPixel(pixels, c, data, data) { x, _, out in
            for j in 0..<c { out[j] = (x[j] - means[j]) * inverseStd[j] }
        }
        let values = Self.perPixel(pixels, c, normalised, normalised) { xhat, _, out in
            for j in 0..<c { out[j] = scales[j] * xhat[j] + shifts[j] }
        }
        let throughStatistics = statistics == nil
        let output = Tensor(rows: rows, cols: cols, data: values, parents: [input, scale, shift]) { out in
            // dL/dshift = sum of dy; dL/dscale = sum of dy * x̂, both per channel, pixel after pixel.
            var shiftGrad = [Float](repeating: 0, count: c), scaleGrad = [Float](repeating: 0, count: c)
            Self.forEachPixel(pixels, c, out.grad, normalised) { dy, xhat in
                for j in 0..<c {
                    shiftGrad[j] += dy[j]
                    scaleGrad[j] += dy[j] * xhat[j]
                }
            }
            if input.requiresGrad {
                // Training: dx = scale / (std * m) * (m * dy - sum(dy) - x̂ * sum(dy * x̂)), m = pixels.
                // Inference: dx = dy * scale / std.
                let m = Float(pixels)
                let factor = (0..<c).map { scales[$0] * inverseStd[$0] / (throughStatistics ? m : 1) }
                let inputGrad = Self.perPixel(pixels, c, out.grad, normalised) { dy, xhat, g in
                    if throughStatistics {
                        for j in 0..<c { g[j] = factor[j] * (m * dy[j] - shiftGrad[j] - xhat[j] * scaleGrad[j]) }
                    } else {
                        for j in 0..<c { g[j] = dy[j] * factor[j] }
                    }
                }
                input.withGradOrFresh { g, fresh in
                    for i in 0..<g.count { g[i] = (fresh ? 0 : g[i]) + inputGrad[i] }
                }
            }
            if scale.requiresGrad { scale.withGrad { g in for j in 0..<c { g[j] += scaleGrad[j] } } }
            if shift.requiresGrad { shift.withGrad { g in for j in 0..<c { g[j] += shiftGrad[j] } } }
        }
        return (output, stats)
    }

    /// Calls `body(a, b, out)` for every pixel in order, with pointers to that pixel's `c` values in `a`, in
    /// `b` and in a new array of the same size, which
    /// it returns; `body` must write every value.
    private static func perPixel(
        _ pixels: Int, _ c: Int, _ a: [Float], _ b: [Float],
        _ body: (UnsafePointer<Float>, UnsafePointer<Float>, UnsafeMutablePointer<Float>) -> Void
    ) -> [Float] {
        [Float](unsafeUninitializedCapacity: pixels * c) { out, initialized in
            a.withUnsafeBufferPointer { a in
                b.withUnsafeBufferPointer { b in
                    for p in 0..<pixels { body(a.baseAddress! + p * c, b.baseAddress! + p * c, out.baseAddress! + p * c) }
                }
            }
            initialized = pixels * c
        }
    }

    /// Calls `body(a, b)` for every pixel in order, with pointers to that pixel's `c` values in `a` and `b`.
    private static func forEachPixel(
        _ pixels: Int, _ c: Int, _ a: [Float], _ b: [Float], _ body: (UnsafePointer<Float>, UnsafePointer<Float>) -> Void
    ) {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                for p in 0..<pixels { body(a.baseAddress! + p * c, b.baseAddress! + p * c) }
            }
        }
    }

    /// Mean and (biased) variance per channel of pixels of `channels` values, summed pixel by pixel.
    static func channelStatistics(_ data: [Float], channels c: Int) -> ChannelStatistics {
        let pixels = data.count / c
        var mean = [Float](repeating: 0, count: c), variance = [Float](repeating: 0, count: c)
        forEachPixel(pixels, c, data, data) { x, _ in
            for j in 0..<c { mean[j] += x[j] }
        }
        for j in 0..<c { mean[j] /= Float(pixels) }
        forEachPixel(pixels, c, data, data) { x, _ in
            for j in 0..<c {
                let d = x[j] - mean[j]
                variance[j] += d * d
            }
        }
        for j in 0..<c { variance[j] /= Float(pixels) }
        return ChannelStatistics(mean: mean, variance: variance)
    }
}
