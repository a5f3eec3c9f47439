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
            // dL/d(x * w + b) = dL/d(output) * f', into a fresh buffer as the unfused activation writes it.
            let inputGrad = [Float](unsafeUninitializedCapacity: out.count) { buffer, initialized in
                out.data.withUnsafeBufferPointer { y in
                    out.grad.withUnsafeBufferPointer { outGrad in
                        Self.chainRule(function, x: y, y: y, outGrad: outGrad, into: buffer, accumulate: false)
                    }
                }
                initialized = out.count
            }
            Self.affineBackward(x, w, b, inputGrad)
        }
    }
}
