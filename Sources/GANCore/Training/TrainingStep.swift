/// What one training step (k discriminator updates, then one generator update) measured.
public struct TrainingStep: Sendable, Equatable, CustomStringConvertible {
    /// The step number, counted from 1 over the trainer's whole life.
    public let step: Int
    /// The discriminator's loss on its last minibatch: BCE on real plus BCE on generated samples.
    public let discriminatorLoss: Double
    /// The generator's cost (the chosen `GeneratorCost`) on its minibatch.
    public let generatorLoss: Double
    /// Mean D(x) over the last real minibatch: near 1 when D spots real data.
    public let realScore: Double
    /// Mean D(G(z)) over the last generated minibatch seen by D: near 0 when D spots fakes.
    public let fakeScore: Double

    /// One line such as "step 100: D loss 1.2034, G loss 0.7211, D(x) 0.52, D(G(z)) 0.47".
    public var description: String {
        func format(_ value: Double, _ digits: Int) -> String {
            let scale = Double([1, 10, 100, 1000, 10000][digits])
            return String((value * scale).rounded() / scale)
        }
        return "step \(step): D loss \(format(discriminatorLoss, 4)), G loss \(format(generatorLoss, 4)), "
            + "D(x) \(format(realScore, 2)), D(G(z)) \(format(fakeScore, 2))"
    }
}
