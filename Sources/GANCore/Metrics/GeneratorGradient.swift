/// The Euclidean norm of the gradient of a generator cost with respect to all of the generator's
/// parameters, on the given noise rows, with the discriminator held fixed: how hard the cost pushes
/// the generator at this moment (the quantity Goodfellow's 2016 tutorial argues about in section 3.2).
///
/// Leaves no gradients behind in either network and restores the discriminator's gradient tracking.
public func generatorGradientNorm(generator: MLP, discriminator: MLP, cost: GeneratorCost, noise: Tensor) -> Double {
    let tracked = discriminator.parameters.map(\.requiresGrad)
    defer {
        for (parameter, flag) in zip(discriminator.parameters, tracked) { parameter.requiresGrad = flag }
    }
    discriminator.setRequiresGrad(false)
    let parameters = generator.parameters
    for parameter in parameters { parameter.zeroGrad() }
    let loss = cost.loss(fakeLogits: discriminator(generator(noise)))
    loss.backward()
    var squares = 0.0
    for parameter in parameters {
        squares += parameter.grad.reduce(0.0) { $0 + Double($1) * Double($1) }
        parameter.zeroGrad()
    }
    return squares.squareRoot()
}
