/// Trains a generator against a discriminator by Algorithm 1 of Goodfellow et al. (2014):
/// each step makes k discriminator updates on fresh minibatches of data and noise, then one
/// generator update, and records the losses.
///
/// The discriminator outputs logits (one column); its loss is binary cross-entropy, real labelled 1
/// and generated labelled 0. The generator minimises the chosen `GeneratorCost`.
public final class GANTrainer {
    /// Maps noise rows to samples.
    public let generator: MLP
    /// Maps samples to logits, log D / (1 - D): one per sample, or one per pack of m samples (PacGAN).
    public let discriminator: any Discriminator
    /// Updates the generator.
    public let generatorOptimizer: any Optimizer
    /// Updates the discriminator.
    public let discriminatorOptimizer: any Optimizer
    /// The generator's cost.
    public var generatorCost: GeneratorCost
    /// k, the discriminator updates per step.
    public var discriminatorSteps: Int
    /// m, the examples in each minibatch of data and of noise; a packing discriminator's decisions, each on
    /// `samplesPerDecision` examples.
    public var batchSize: Int
    /// γ of the R1 penalty (Mescheder et al., 2018, eq. 9): γ/2 · mean ‖∇ₓ D(x)‖² over the real minibatch,
    /// added to the discriminator's loss; 0 (the default) turns it off. Needs an `MLP` discriminator.
    public var r1Penalty: Double = 0
    /// The distribution of each noise coordinate.
    public var noise: any Density
    /// Draws a minibatch of real data: `count` rows, one example per row.
    public let data: (_ count: Int, _ rng: inout RNG) -> Tensor
    /// Every step so far, in order.
    public private(set) var history: [TrainingStep] = []

    /// A trainer; the networks must fit together (generator outputs = discriminator inputs, one logit out).
    public init(
        generator: MLP, discriminator: any Discriminator,
        generatorOptimizer: any Optimizer, discriminatorOptimizer: any Optimizer,
        generatorCost: GeneratorCost = .nonSaturating, discriminatorSteps: Int = 1, batchSize: Int = 64,
        noise: any Density = Normal(), data: @escaping (_ count: Int, _ rng: inout RNG) -> Tensor
    ) {
        let produced = generator.layers.last!.outputs
        let expected = discriminator.sampleWidth
        require(produced == expected,
                "GANTrainer: generator makes \(produced) values per sample, discriminator reads \(expected)")
        if let mlp = discriminator as? MLP {
            require(mlp.layers.last!.outputs == 1, "GANTrainer: the discriminator must output one logit")
        }
        require(discriminatorSteps >= 1 && batchSize >= 1, "GANTrainer: k and the batch size must be positive")
        self.generator = generator
        self.discriminator = discriminator
        self.generatorOptimizer = generatorOptimizer
        self.discriminatorOptimizer = discriminatorOptimizer
        self.generatorCost = generatorCost
        self.discriminatorSteps = discriminatorSteps
        self.batchSize = batchSize
        self.noise = noise
        self.data = data
    }

    /// Runs `steps` more steps and returns their records (also appended to `history`).
    /// `onProgress` is called every `progressEvery` steps and after the last one.
    /// Throws `TrainingError.nonFinite` as soon as a loss is NaN or infinite.
    @discardableResult
    public func train(
        steps: Int, using rng: inout RNG, progressEvery: Int = 100,
        onProgress: ((TrainingProgress) -> Void)? = nil
    ) throws -> [TrainingStep] {
        defer {
            generator.setRequiresGrad(true)
            discriminator.setRequiresGrad(true)
        }
        try TrainingLoop.run(
            steps: steps, after: history.count, discriminatorSteps: discriminatorSteps,
            progressEvery: progressEvery, onProgress: onProgress,
            updateDiscriminator: { updateDiscriminator(using: &rng) },
            updateGenerator: { updateGenerator(using: &rng) },
            record: { history.append($0) })
        return Array(history.suffix(steps))
    }

    /// `count` generated samples, one per row.
    public func generate(_ count: Int, using rng: inout RNG) -> Tensor {
        generator(sampleNoise(count, using: &rng)).detached()
    }

    /// D(x) for each row of `x` (each pack of rows, for a packing discriminator): the probability that it is real.
    public func discriminate(_ x: Tensor) -> [Double] {
        discriminator(x).data.map { Double(SigmoidFunction().value($0)) }
    }

    /// One discriminator update; returns its loss and the mean scores of real and generated data.
    private func updateDiscriminator(using rng: inout RNG) -> TrainingLoop.DiscriminatorUpdate {
        // Only the network being updated tracks gradients, so no work is spent on the other one.
        generator.setRequiresGrad(false)
        discriminator.setRequiresGrad(true)
        let samples = batchSize * discriminator.samplesPerDecision
        let real = data(samples, &rng)
        let fake = generator(sampleNoise(samples, using: &rng))
        // One pass over the real rows and then the generated ones: every logit and gradient is the same
        // as with two passes, but the products are half as many and twice as large.
        let logits = discriminator(.stackingRows([real, fake]))
        let realLogits = logits.rows(in: 0..<batchSize)
        let fakeLogits = logits.rows(in: batchSize..<logits.rows)
        var loss = binaryCrossEntropy(logits: realLogits, label: 1) + binaryCrossEntropy(logits: fakeLogits, label: 0)
        if r1Penalty > 0 {
            let mlp = discriminator as? MLP
            require(mlp != nil, "GANTrainer: the R1 penalty needs an MLP discriminator")
            loss = loss + mlp!.squaredInputGradientNorm(real) * Float(r1Penalty / 2)
        }
        discriminatorOptimizer.zeroGrad()
        loss.backward()
        discriminatorOptimizer.step()
        return .init(loss: loss, realLogits: realLogits, fakeLogits: fakeLogits)
    }

    /// One generator update; returns its cost.
    private func updateGenerator(using rng: inout RNG) -> Double {
        generator.setRequiresGrad(true)
        discriminator.setRequiresGrad(false)
        let samples = batchSize * discriminator.samplesPerDecision
        let loss = generatorCost.loss(fakeLogits: discriminator(generator(sampleNoise(samples, using: &rng))))
        generatorOptimizer.zeroGrad()
        loss.backward()
        generatorOptimizer.step()
        return Double(loss.scalar)
    }

    private func sampleNoise(_ count: Int, using rng: inout RNG) -> Tensor {
        let width = generator.layers[0].inputs
        return Tensor(rows: count, cols: width, data: noise.sample(count * width, using: &rng).map { Float($0) })
    }
}
