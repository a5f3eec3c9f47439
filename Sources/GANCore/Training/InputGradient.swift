import Foundation

/// What to differentiate when asking for a discriminator's gradient with respect to its input.
public enum DiscriminatorOutput: Sendable, Equatable {
    /// The logit l(x) = log D(x) / (1 − D(x)), the network's raw output.
    case logit
    /// D(x) = σ(l(x)), the probability that x is real.
    case probability
    /// log D(x): its gradient is the direction in which the non-saturating generator cost moves a sample.
    case logProbability
}

/// Why a discriminator's input gradient could not be computed.
public enum InputGradientError: Error, Equatable, CustomStringConvertible, LocalizedError {
    /// The discriminator is not a plain ``MLP`` (packed and minibatch-statistics discriminators mix
    /// several samples in one decision, so one sample's gradient is not defined the same way).
    case unsupportedDiscriminator(String)

    /// What went wrong and what to do.
    public var description: String {
        switch self {
        case .unsupportedDiscriminator(let type):
            "discriminatorGradient needs a plain MLP discriminator, not a \(type); "
                + "train the GAN you want to draw gradients for with an MLP discriminator"
        }
    }

    /// The same text as `description`, for `localizedDescription`.
    public var errorDescription: String? { description }
}

extension GANTrainer {
    /// ∇ₓ of the discriminator's `output` at each row of `x`: where D would have a sample move to look
    /// more real. With `.logProbability` this is the direction the non-saturating cost pushes a sample.
    /// Throws ``InputGradientError/unsupportedDiscriminator(_:)`` unless the discriminator is an ``MLP``.
    public func discriminatorGradient(at x: Tensor, of output: DiscriminatorOutput = .probability) throws -> Tensor {
        guard let network = discriminator as? MLP else {
            throw InputGradientError.unsupportedDiscriminator(String(describing: type(of: discriminator)))
        }
        let logitGradient = network.inputGradient(x.detached()).detached()
        guard output != .logit else { return logitGradient }
        let logits = discriminator(x.detached()).data
        var values = logitGradient.data
        for row in 0..<x.rows {
            let d = SigmoidFunction().value(logits[row])
            // dσ(l) = σ(1 − σ) dl and d log σ(l) = (1 − σ) dl.
            let scale = output == .probability ? d * (1 - d) : 1 - d
            for col in 0..<x.cols { values[row * x.cols + col] *= scale }
        }
        return Tensor(rows: x.rows, cols: x.cols, data: values)
    }
}
