// MARK: - 2-D convolution

extension Tensor {
    /// A 2-D convolution of a batch of NHWC images (one image per row, see `ImageShape`), with the
    /// activation applied: output pixel (oy, ox), channel o, is
    /// `activation(bias[o] + sum over ky, kx, c of x[oy*stride - padding + ky, ox*stride - padding + kx, c] *
    /// weight[(ky * kernel + kx) * channels + c, o])`, reading zeros outside the image.
    ///
    /// `weight` is `[kernel * kernel * input.channels, outputChannels]` (one column per kernel), `bias` is
    /// `[1, outputChannels]`; the result is `[images, outputHeight * outputWidth * outputChannels]`, NHWC.
    /// Computed as im2col: the windows are gathered into the rows of a matrix P, one product P * weight
    /// (started from the bias, the activation applied as it is stored) gives every output pixel's channels,
    /// already NHWC. Every output is one fma chain over (ky, kx, c), in that order, whatever the threads,
    /// so results are bit-identical everywhere (see `MatrixKernels`). im2col hands the arithmetic to the
    /// register-blocked kernel of `matmul`; a direct kernel over the windows has not been tried.
    public func conv2d(
        _ weight: Tensor, _ bias: Tensor, input: ImageShape, stride: Int = 1, padding: Int = 0,
        activation: Activation = .identity
    ) -> Tensor {
        require(cols == input.count, "conv2d: rows of \(cols) values are not \(input) images (\(input.count) values)")
        let kernel = Int(Double(weight.rows / input.channels).squareRoot().rounded())
        require(kernel * kernel * input.channels == weight.rows,
                "conv2d: weight shape \(weight.shape) is not [kernel * kernel * \(input.channels), outputs]")
        require(bias.rows == 1 && bias.cols == weight.cols, "conv2d: bias shape \(bias.shape) is not [1, \(weight.cols)]")
        let geometry = ConvolutionGeometry(input: input, kernel: kernel, stride: stride, padding: padding)
        switch activation {
        case .identity: return convolve(weight, bias, geometry, IdentityFunction())
        case .relu: return convolve(weight, bias, geometry, ReLUFunction())
        case .leakyRelu(let slope) where slope >= 0:
            return convolve(weight, bias, geometry, LeakyReLUFunction(slope: Double(slope)))
        case .tanh: return convolve(weight, bias, geometry, TanhFunction())
        case .sigmoid: return convolve(weight, bias, geometry, SigmoidFunction())
        case .leakyRelu: return activation(convolve(weight, bias, geometry, IdentityFunction()))
        }
    }

    /// The convolution with a `function` whose derivative can be read off its output (as in `dense`).
    private func convolve<F: PointwiseFunction>(
        _ w: Tensor, _ b: Tensor, _ geometry: ConvolutionGeometry, _ function: F
    ) -> Tensor {
        let x = self
        let (pixels, size, channels) = (rows * geometry.patchesPerImage, geometry.patchSize, w.cols)
        let patches = Self.gatherPatches(data, images: rows, geometry)
        let output = [Float](unsafeUninitializedCapacity: pixels * channels) { c, initialized in
            patches.withUnsafeBufferPointer { p in
                w.data.withUnsafeBufferPointer { w in
                    b.data.withUnsafeBufferPointer { bias in
                        MatrixKernels.multiply(p.baseAddress!, .init(row: size, column: 1), w.baseAddress!, c.baseAddress!,
                                               m: pixels, k: size, n: channels, start: .row(bias.baseAddress!),
                                               finish: function)
                    }
                }
            }
            initialized = pixels * channels
        }
        return Tensor(rows: rows, cols: geometry.patchesPerImage * channels, data: output, parents: [x, w, b]) { out in
            // dL/d(P * w + b): the output's gradient times the activation's derivative.
            let pixelGrad = F.self == IdentityFunction.self ? out.grad : [Float](
                unsafeUninitializedCapacity: out.count
            ) { buffer, initialized in
                out.data.withUnsafeBufferPointer { y in
                    out.grad.withUnsafeBufferPointer { outGrad in
                        Self.chainRule(function, x: y, y: y, outGrad: outGrad, into: buffer, accumulate: false)
                    }
                }
                initialized = out.count
            }
            ConvolutionBackward(pixels: pixels, size: size, channels: channels, pixelGrad: pixelGrad, patches: patches)
                .run(x, w, b, geometry)
        }
    }

    /// The im2col matrix of `images` images: one row per output pixel (image by image, then row by row of
    /// output pixels), holding the window that pixel sees.
    static func gatherPatches(_ data: [Float], images: Int, _ geometry: ConvolutionGeometry) -> [Float] {
        let count = images * geometry.patchesPerImage * geometry.patchSize
        return [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
            data.withUnsafeBufferPointer { x in
                ParallelLoop.run(count: images, worthSharing: count >= 1 << 16) { image in
                    geometry.gather(image: image, from: x.baseAddress!, into: buffer.baseAddress!)
                }
            }
            initialized = count
        }
    }

    /// The same values, read as a `rows` x `cols` tensor (row-major order unchanged); the gradient is passed
    /// back unchanged. The values are shared, not copied. For an n x d batch, `reshaped(rows: n / m, cols: m * d)`
    /// puts m consecutive samples side by side in one row: the packing of PacGAN.
    public func reshaped(rows newRows: Int, cols newCols: Int) -> Tensor {
        require(newRows * newCols == count, "reshaped: shape \(shape) cannot become [\(newRows), \(newCols)]")
        let input = self
        return Tensor(rows: newRows, cols: newCols, data: data, parents: [input]) { out in
            input.withGradOrFresh { g, fresh in
                out.grad.withUnsafeBufferPointer { outGrad in
                    for i in 0..<g.count { g[i] = (fresh ? 0 : g[i]) + outGrad[i] }
                }
            }
        }
    }
}
