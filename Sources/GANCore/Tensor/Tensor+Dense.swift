// MARK: - Dense layer

extension Tensor {
    /// `activation(self * weight + bias)`, a dense layer's output, as one operation.
    ///
    /// Its values and gradients equal those of `affine` followed by the activation, bit for bit. Fused, the
    /// nonlinearity is applied while the product stores each block (on both threads), and the backward pass
    /// makes one sweep over the batch instead of two.
    public func dense(_ weight: Tensor, _ bias: Tensor, activation: Activation) -> Tensor {
        switch activation {
        case .identity: affine(weight, bias)
        case .relu: dense(weight, bias, ReLUFunction())
        case .leakyRelu(let slope) where slope >= 0: dense(weight, bias, LeakyReLUFunction(slope: Double(slope)))
        case .tanh: dense(weight, bias, TanhFunction())
        case .sigmoid: dense(weight, bias, SigmoidFunction())
        case .leakyRelu: activation(affine(weight, bias))
        }
    }

    /// The fused layer for a `function` whose derivative can be read off its output y alone: tanh and the
    /// logistic function use only y, and for ReLU and a LeakyReLU with a slope of at least 0, y > 0 exactly
    /// when the input is, so `derivative(x: y, y: y)` gives the derivative at the input.
    private func dense<F: PointwiseFunction>(_ weight: Tensor, _ bias: Tensor, _ function: F) -> Tensor {
        let (x, w, b) = (self, weight, bias)
        let output = Self.affineValues(x, w, b, finish: function)
        return Tensor(rows: x.rows, cols: w.cols, data: output, parents: [x, w, b]) { out in
            // dL/d(x * w + b) = dL/d(output) * f', written as `0 + ...` exactly as the unfused activation
            // adds it to a fresh gradient buffer.
            let count = out.count
            let inputGrad = [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
                out.data.withUnsafeBufferPointer { y in
                    out.grad.withUnsafeBufferPointer { outGrad in
                        let chunk = 8192
                        ParallelLoop.run(count: (count + chunk - 1) / chunk, worthSharing: true) { part in
                            let end = min(count, (part + 1) * chunk)
                            var i = part * chunk
                            while i + 8 <= end {
                                let (g, yv) = (MatrixKernels.load(outGrad.baseAddress! + i), MatrixKernels.load(y.baseAddress! + i))
                                let d = 0 + g * function.derivatives(x: yv, y: yv)
                                MatrixKernels.store(d, buffer.baseAddress! + i)
                                i += 8
                            }
                            for i in i..<end {
                                buffer[i] = 0 + outGrad[i] * function.derivative(x: y[i], y: y[i])
                            }
                        }
                    }
                }
                initialized = count
            }
            Self.affineBackward(x, w, b, inputGrad)
        }
    }
}
