// MARK: - The input gradient as a differentiable graph (for the R1 penalty)

extension MLP {
    /// ∂ logit / ∂ x for every row of `x`, one row per sample, built from tensor operations so that it can
    /// itself be differentiated with respect to the parameters: the backward pass of the network written as
    /// a forward computation, δ ← (δ · Wᵀ) ⊙ f′ from the logit down to the input ("double backpropagation").
    /// Needs one logit and an identity output layer. The derivatives of ReLU and LeakyReLU are step functions,
    /// constant where they are differentiable, so they enter as constant masks; tanh's and the logistic
    /// function's are computed from the layer outputs and carry gradients.
    public func inputGradient(_ x: Tensor) -> Tensor {
        require(layers.last!.outputs == 1 && layers.last!.activation == .identity,
                "inputGradient: needs an MLP that ends in one identity (logit) output")
        var outputs: [Tensor] = []
        var h = x
        for layer in layers {
            h = layer(h)
            outputs.append(h)
        }
        var delta = Tensor(rows: x.rows, cols: 1, data: Array(repeating: 1, count: x.rows))
        for index in stride(from: layers.count - 1, through: 0, by: -1) {
            delta = delta.matmul(layers[index].weight.transposed())
            if index > 0 {
                delta = delta * Self.derivative(of: layers[index - 1].activation, output: outputs[index - 1])
            }
        }
        return delta
    }

    /// The mean over the rows of x of ‖∂ logit / ∂ x‖², a 1x1 tensor that can be differentiated with
    /// respect to the parameters: the R1 penalty of Mescheder et al. (2018) without its factor γ/2.
    public func squaredInputGradientNorm(_ x: Tensor) -> Tensor {
        let gradient = inputGradient(x)
        return (gradient * gradient).sum() * (1 / Float(max(x.rows, 1)))
    }

    /// f′ at the layer's input, read off the layer's output y.
    private static func derivative(of activation: Activation, output y: Tensor) -> Tensor {
        switch activation {
        case .identity:
            return Tensor(rows: 1, cols: 1, data: [1])
        case .relu:
            return Tensor(rows: y.rows, cols: y.cols, data: y.data.map { $0 > 0 ? 1 : 0 })
        case .leakyRelu(let slope):
            // For a negative slope the output's sign no longer tells the input's; such layers are not fused either.
            require(slope >= 0, "inputGradient: LeakyReLU needs a slope of at least 0, got \(slope)")
            return Tensor(rows: y.rows, cols: y.cols, data: y.data.map { $0 > 0 ? 1 : slope })
        case .tanh:
            return 1 - y * y
        case .sigmoid:
            return y * (1 - y)
        }
    }
}
