/// Trains a generator against a discriminator built of layers (such as `DCGAN`'s), one discriminator update
/// and one generator update per step, as `GANTrainer` does for perceptrons.
///
/// Unlike `GANTrainer`, the discriminator sees the real and the generated minibatch in two separate passes,
/// as in DCGAN's own code: with batch normalisation, one pass over both would normalise each by the other's
/// statistics. The generator minimises the non-saturating cost -log D(G(z)).
public final class SequentialGANTrainer {
    /// Maps noise rows to samples.
    public let generator: Sequential
    /// Maps samples to one logit each.
    public let discriminator: Sequential
    /// Updates the generator.
    public let generatorOptimizer: any Optimizer
    /// Updates the discriminator.
    public let discriminatorOptimizer: any Optimizer
    /// The noise values per sample, each drawn from N(0, 1).
    public let noiseSize: Int
    /// The examples in each minibatch of data and of noise.
    public let batchSize: Int
    /// Draws a minibatch of real data: `count` rows, one example per row.
    public let data: (_ count: Int, _ rng: inout RNG) -> Tensor
    /// Every step so far, in order.
    public private(set) var history: [TrainingStep] = []

    /// A trainer with Adam for both networks at DCGAN's settings (learning rate 2e-4, beta1 0.5) unless
    /// other optimisers are given.
    public init(
        generator: Sequential, discriminator: Sequential, noiseSize: Int, batchSize: Int = 64,
        generatorOptimizer: (any Optimizer)? = nil, discriminatorOptimizer: (any Optimizer)? = nil,
        data: @escaping (_ count: Int, _ rng: inout RNG) -> Tensor
    ) {
        require(noiseSize > 0 && batchSize > 0, "SequentialGANTrainer: noise and batch sizes must be positive")
        self.generator = generator
        self.discriminator = discriminator
        self.noiseSize = noiseSize
        self.batchSize = batchSize
        self.generatorOptimizer = generatorOptimizer
            ?? Adam(parameters: generator.parameters, learningRate: 2e-4, beta1: 0.5)
        self.discriminatorOptimizer = discriminatorOptimizer
            ?? Adam(parameters: discriminator.parameters, learningRate: 2e-4, beta1: 0.5)
        self.data = data
    }

    /// Runs `steps` more steps and returns their records (also appended to `history`); `onProgress` is
    /// called every `progressEvery` steps and after the last. Throws `TrainingError.nonFinite` on a NaN loss.
    @discardableResult
    public func train(
        steps: Int, using rng: inout RNG, progressEvery: Int = 100, onProgress: ((TrainingProgress) -> Void)? = nil
    ) throws -> [TrainingStep] {
        generator.setTraining(true)
        discriminator.setTraining(true)
        defer {
            generator.setRequiresGrad(true)
            discriminator.setRequiresGrad(true)
        }
        let first = history.count + 1
        for step in first..<first + steps {
            // Discriminator: real labelled 1, generated labelled 0; only its parameters track gradients.
            generator.setRequiresGrad(false)
            discriminator.setRequiresGrad(true)
            let realLogits = discriminator(data(batchSize, &rng))
            let fakeLogits = discriminator(generator(noise(batchSize, using: &rng)))
            let dLoss = binaryCrossEntropy(logits: realLogits, label: 1) + binaryCrossEntropy(logits: fakeLogits, label: 0)
            discriminatorOptimizer.zeroGrad()
            dLoss.backward()
            discriminatorOptimizer.step()
            // Generator: the non-saturating cost on a fresh minibatch of noise.
            generator.setRequiresGrad(true)
            discriminator.setRequiresGrad(false)
            let gLoss = GeneratorCost.nonSaturating.loss(fakeLogits: discriminator(generator(noise(batchSize, using: &rng))))
            generatorOptimizer.zeroGrad()
            gLoss.backward()
            generatorOptimizer.step()
            let record = TrainingStep(
                step: step, discriminatorLoss: Double(dLoss.scalar), generatorLoss: Double(gLoss.scalar),
                realScore: Self.meanProbability(realLogits), fakeScore: Self.meanProbability(fakeLogits))
            for (value, what) in [(record.discriminatorLoss, "discriminator loss"), (record.generatorLoss, "generator loss")]
            where !value.isFinite {
                throw TrainingError.nonFinite(step: step, what: what)
            }
            history.append(record)
            let completed = step - first + 1
            if completed % max(progressEvery, 1) == 0 || completed == steps {
                onProgress?(TrainingProgress(completed: completed, total: steps, latest: record))
            }
        }
        return Array(history.suffix(steps))
    }

    /// `count` rows of noise, N(0, 1).
    public func noise(_ count: Int, using rng: inout RNG) -> Tensor {
        Tensor.randomNormal(rows: count, cols: noiseSize, using: &rng)
    }

    /// The generator's samples for the given noise rows, with batch normalisation in inference mode (its
    /// running averages), so each sample depends on its own noise only.
    public func generate(from noise: Tensor) -> Tensor {
        generator.setTraining(false)
        defer { generator.setTraining(true) }
        return generator(noise).detached()
    }

    private static func meanProbability(_ logits: Tensor) -> Double {
        logits.data.reduce(0.0) { $0 + Double(SigmoidFunction().value($1)) } / Double(logits.count)
    }
}
