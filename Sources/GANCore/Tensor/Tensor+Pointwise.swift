// MARK: - Activations and elementwise functions

extension Tensor {
    /// max(x, 0), elementwise.
    public func relu() -> Tensor { apply(ReLUFunction()) }

    /// x for x > 0, otherwise `slope * x`, elementwise.
    public func leakyRelu(slope: Float = 0.2) -> Tensor { apply(LeakyReLUFunction(slope: Double(slope))) }

    /// Hyperbolic tangent, elementwise.
    public func tanh() -> Tensor { apply(TanhFunction()) }

    /// The logistic function 1 / (1 + e^-x), elementwise.
    public func sigmoid() -> Tensor { apply(SigmoidFunction()) }

    /// log(1 + e^x), elementwise, computed without overflow.
    public func softplus() -> Tensor { apply(SoftplusFunction()) }

    /// Natural logarithm, elementwise.
    public func log() -> Tensor { apply(LogFunction()) }

    /// e^x, elementwise.
    public func exp() -> Tensor { apply(ExpFunction()) }

    /// Applies `function` to every value; backward multiplies by its derivative.
    private func apply<F: PointwiseFunction>(_ function: F) -> Tensor {
        let input = self
        let output = [Float](unsafeUninitializedCapacity: count) { out, initialized in
            data.withUnsafeBufferPointer { x in
                for i in 0..<x.count { out[i] = function.value(x[i]) }
            }
            initialized = count
        }
        return Tensor(rows: rows, cols: cols, data: output, parents: [input]) { out in
            input.data.withUnsafeBufferPointer { x in
                out.data.withUnsafeBufferPointer { y in
                    out.grad.withUnsafeBufferPointer { outGrad in
                        input.withGradOrFresh { inputGrad, fresh in
                            if fresh {
                                // 0 + (...), as if added to zeros: keeps a -0 product from showing through.
                                for i in 0..<x.count {
                                    inputGrad[i] = 0 + outGrad[i] * function.derivative(x: x[i], y: y[i])
                                }
                            } else {
                                for i in 0..<x.count {
                                    inputGrad[i] += outGrad[i] * function.derivative(x: x[i], y: y[i])
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
