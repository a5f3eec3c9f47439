// MARK: - 2-D convolution

extension Tensor {
    /// A 2-D convolution of a batch of NHWC images (one image per row, see `ImageShape`), with the
    /// activation applied: output pixel (oy, ox), channel o, is
    /// `activation(bias[o] + sum over ky, kx, c of x[oy*stride - padding + ky, ox*stride - padding + kx, c] *
    /// weight[(ky * kernel + kx) * channels + c, o])`, reading zeros outside the image.
    ///
    /// `weight` is `[kernel * kernel * input.channels, outputChannels]` (one column per kernel), `bias` is
    /// `[1, outputChannels]`; the result is `[images, outputHeight * outputWidth * outputChannels]`, NHWC.
    /// Computed as im2col: the windows are gathered into rows, one fused `dense` product with the kernels
    /// gives every output pixel's channels (already NHWC), and the backward pass returns the windows'
    /// gradients to the pixels they came from. Every output is one fma chain over (ky, kx, c), in that order,
    /// whatever the threads, so results are bit-identical everywhere (see `MatrixKernels`).
    public func conv2d(
        _ weight: Tensor, _ bias: Tensor, input: ImageShape, stride: Int = 1, padding: Int = 0,
        activation: Activation = .identity
    ) -> Tensor {
        require(cols == input.count, "conv2d: rows of \(cols) values are not \(input) images (\(input.count) values)")
        let kernel = Int(Double(weight.rows / input.channels).squareRoot().rounded())
        require(kernel * kernel * input.channels == weight.rows,
                "conv2d: weight shape \(weight.shape) is not [kernel * kernel * \(input.channels), outputs]")
        let geometry = ConvolutionGeometry(input: input, kernel: kernel, stride: stride, padding: padding)
        let pixels = patches(geometry).dense(weight, bias, activation: activation)
        return pixels.reshaped(rows: rows, cols: geometry.patchesPerImage * weight.cols)
    }

    /// The im2col matrix: one row per output pixel of every image (image by image, then row by row of
    /// output pixels), holding the window that pixel sees. Backward adds each row's gradient to its window.
    func patches(_ geometry: ConvolutionGeometry) -> Tensor {
        let input = self
        let (images, size) = (rows, geometry.patchSize)
        let count = images * geometry.patchesPerImage * size
        let values = [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
            data.withUnsafeBufferPointer { x in
                ParallelLoop.run(count: images, worthSharing: count >= 1 << 16) { image in
                    geometry.gather(image: image, from: x.baseAddress!, into: buffer.baseAddress!)
                }
            }
            initialized = count
        }
        return Tensor(rows: images * geometry.patchesPerImage, cols: size, data: values, parents: [input]) { out in
            out.grad.withUnsafeBufferPointer { patchGrad in
                input.withGrad { inputGrad in
                    // Images are disjoint rows of the input, so two threads may share them.
                    ParallelLoop.run(count: images, worthSharing: count >= 1 << 16) { image in
                        geometry.scatterAdd(image: image, from: patchGrad.baseAddress!, into: inputGrad.baseAddress!)
                    }
                }
            }
        }
    }

    /// The same values, read as a `rows` x `cols` tensor (row-major order unchanged); the gradient is passed
    /// back unchanged. The values are shared, not copied.
    public func reshaped(rows newRows: Int, cols newCols: Int) -> Tensor {
        require(newRows * newCols == count, "reshaped: shape \(shape) cannot become [\(newRows), \(newCols)]")
        let input = self
        return Tensor(rows: newRows, cols: newCols, data: data, parents: [input]) { out in
            if input.grad.isEmpty {
                input.grad = out.grad
            } else {
                input.withGrad { g in
                    for i in 0..<g.count { g[i] += out.grad[i] }
                }
            }
        }
    }
}
