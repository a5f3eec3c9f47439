import Foundation

/// The three generator costs compared in Goodfellow's NIPS 2016 tutorial (sections 3.2.2–3.2.4, compared in 3.2.6),
/// each a function of the discriminator's output D(G(z)) that the generator minimises.
public enum GeneratorCost: String, Sendable, CaseIterable {
    /// E[log(1 - D(G(z)))]: the zero-sum game's own cost; its gradient vanishes when D rejects the samples.
    case minimax
    /// -E[log D(G(z))]: the same fixed point, with strong gradients early in training.
    case nonSaturating
    /// -E[exp(sigma^-1(D(G(z))))]: makes the generator's expected gradient that of maximum likelihood
    /// when D is optimal.
    case maximumLikelihood

    /// The cost of one sample given D(G(z)) in (0, 1).
    public func value(discriminatorOutput d: Double) -> Double {
        switch self {
        case .minimax: log(1 - d)
        case .nonSaturating: -log(d)
        // sigma^-1(d) = log(d / (1 - d)), so exp of it is the odds d / (1 - d).
        case .maximumLikelihood: -d / (1 - d)
        }
    }

    /// The mean cost over a batch of discriminator logits l = sigma^-1(D(G(z))), the form used in training:
    /// log(1 - sigma(l)) = -softplus(l) and -log sigma(l) = softplus(-l) stay finite for any logit.
    public func loss(fakeLogits l: Tensor) -> Tensor {
        switch self {
        case .minimax: -l.softplus().mean()
        case .nonSaturating: (-l).softplus().mean()
        case .maximumLikelihood: -l.exp().mean()
        }
    }
}
