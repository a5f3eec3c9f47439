/// One configuration of the mode-collapse experiments: a 2-D mixture, the networks, the optimiser, the
/// training budget and a remedy. `run(seed:)` trains it from a seed and measures the result as VEEGAN and
/// PacGAN do, on `sampleCount` generated samples.
public struct ToyGANSetup: Sendable {
    /// The data.
    public var mixture: GaussianMixture2D
    /// What the discriminator does against mode collapse.
    public var remedy: ModeCollapseRemedy
    /// The generator's widths, noise first (e.g. `[2, 128, 128, 2]`).
    public var generatorSizes: [Int]
    /// The discriminator's widths per sample (e.g. `[2, 128, 128, 1]`).
    public var discriminatorSizes: [Int]
    /// The hidden nonlinearity of both networks.
    public var activation: Activation
    /// Training steps (one discriminator update and one generator update each).
    public var steps: Int
    /// Decisions per minibatch: samples, or packs of m samples when packing.
    public var batchSize: Int
    /// Adam's step size, for both networks.
    public var learningRate: Float
    /// Adam's β1, for both networks.
    public var beta1: Float
    /// Generated samples measured at the end (2,500 in VEEGAN and PacGAN).
    public var sampleCount: Int

    /// A setup; the defaults are the course's small networks and Adam (lr 1e-3, β1 0.5).
    public init(
        mixture: GaussianMixture2D, remedy: ModeCollapseRemedy = .none,
        generatorSizes: [Int] = [2, 128, 128, 2], discriminatorSizes: [Int] = [2, 128, 128, 1],
        activation: Activation = .relu, steps: Int = 2000, batchSize: Int = 100,
        learningRate: Float = 1e-3, beta1: Float = 0.5, sampleCount: Int = 2500
    ) {
        self.mixture = mixture
        self.remedy = remedy
        self.generatorSizes = generatorSizes
        self.discriminatorSizes = discriminatorSizes
        self.activation = activation
        self.steps = steps
        self.batchSize = batchSize
        self.learningRate = learningRate
        self.beta1 = beta1
        self.sampleCount = sampleCount
    }

    /// A fresh trainer whose networks are drawn from `seed`, and the generator that continues the stream.
    public func makeTrainer(seed: UInt64) -> (trainer: GANTrainer, rng: RNG) {
        var rng = RNG(seed: seed)
        let generator = MLP(sizes: generatorSizes, activation: activation, using: &rng)
        let discriminator = remedy.makeDiscriminator(sizes: discriminatorSizes, activation: activation, using: &rng)
        let mixture = self.mixture
        let trainer = GANTrainer(
            generator: generator, discriminator: discriminator,
            generatorOptimizer: Adam(parameters: generator.parameters, learningRate: learningRate, beta1: beta1),
            discriminatorOptimizer: Adam(
                parameters: discriminator.parameters, learningRate: learningRate, beta1: beta1),
            generatorCost: .nonSaturating, batchSize: batchSize,
            data: { count, rng in Tensor(points: mixture.sample(count, using: &rng)) })
        if case .r1(let gamma) = remedy { trainer.r1Penalty = gamma }
        return (trainer, rng)
    }

    /// Trains from `seed` for `steps` steps and measures `sampleCount` generated samples.
    /// Throws `TrainingError` if a loss stops being finite.
    public func run(seed: UInt64) throws -> ToyGANRun {
        var (trainer, rng) = makeTrainer(seed: seed)
        try trainer.train(steps: steps, using: &rng)
        let samples = trainer.generate(sampleCount, using: &rng).points
        return ToyGANRun(seed: seed, coverage: ModeCoverage(samples: samples, mixture: mixture), samples: samples)
    }
}

/// The outcome of one seed of a `ToyGANSetup`.
public struct ToyGANRun: Sendable {
    /// The seed that drew the networks, the data and the noise.
    public let seed: UInt64
    /// Modes captured, high-quality share, reverse KL.
    public let coverage: ModeCoverage
    /// The generated samples that were measured.
    public let samples: [Point]
}
