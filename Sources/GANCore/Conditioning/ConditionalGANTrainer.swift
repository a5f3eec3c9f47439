/// Trains a conditional GAN (Mirza and Osindero, 2014): the generator draws a sample of a requested class
/// and the discriminator judges a sample together with the class it is said to belong to.
///
/// Both players receive the label y as a one-hot code appended to their input: the generator reads
/// [z ; onehot(y)] and the discriminator [x ; onehot(y)]. We chose one-hot concatenation over a learnt
/// embedding because, in front of a dense layer, the two are the same thing: W·[z ; onehot(y)] + b is
/// W_z·z + (column y of W_y) + b, so the first layer learns one bias vector per class, which is a class
/// embedding added to its input. Mirza and Osindero passed z and y through hidden layers of their own before
/// joining them; concatenating at the input is the simplest form of the same idea.
///
/// Each step follows Algorithm 1 of Goodfellow et al. (2014), as `GANTrainer` does (the two share
/// `TrainingLoop`): k discriminator updates on real pairs (x, y) from `data`, labelled 1, and generated
/// pairs (G(z, y), y), labelled 0; then one generator update on fresh pairs. The generated samples'
/// classes are drawn uniformly from 0..<`classCount`: right for data whose classes are equally common, such
/// as `DigitImages`. The discriminator's loss is binary cross-entropy on its logits; the generator minimises
/// the chosen `GeneratorCost`. The gradient reaches the generator through the sample's columns of the
/// discriminator's input; the label's columns are constants.
public final class ConditionalGANTrainer {
    /// Maps rows [z ; onehot(y)] to samples.
    public let generator: MLP
    /// Maps rows [x ; onehot(y)] to one logit each.
    public let discriminator: MLP
    /// The number of classes, the width of a one-hot label.
    public let classCount: Int
    /// Updates the generator.
    public let generatorOptimizer: any Optimizer
    /// Updates the discriminator.
    public let discriminatorOptimizer: any Optimizer
    /// The generator's cost.
    public var generatorCost: GeneratorCost
    /// k, the discriminator updates per step.
    public var discriminatorSteps: Int
    /// The real and the generated examples in each minibatch.
    public var batchSize: Int
    /// Draws a minibatch of labelled real data: `count` samples, one per row, and their classes.
    public let data: (_ count: Int, _ rng: inout RNG) -> (samples: Tensor, labels: [Int])
    /// Every step so far, in order.
    public private(set) var history: [TrainingStep] = []

    /// A trainer; the networks must fit together: the generator reads `classCount` more values than its
    /// noise, the discriminator reads a sample and `classCount` more values and returns one logit.
    public init(
        generator: MLP, discriminator: MLP, classCount: Int,
        generatorOptimizer: any Optimizer, discriminatorOptimizer: any Optimizer,
        generatorCost: GeneratorCost = .nonSaturating, discriminatorSteps: Int = 1, batchSize: Int = 64,
        data: @escaping (_ count: Int, _ rng: inout RNG) -> (samples: Tensor, labels: [Int])
    ) {
        let reads = generator.layers[0].inputs
        let makes = generator.layers.last!.outputs
        let judges = discriminator.layers[0].inputs
        let name = "ConditionalGANTrainer"
        require(classCount >= 1, "\(name): needs at least one class, got \(classCount)")
        require(reads > classCount,
                "\(name): the generator reads \(reads) values, too few for noise and \(classCount) label columns")
        require(judges == makes + classCount,
                "\(name): the discriminator reads \(judges) values, but a sample (\(makes)) "
                    + "and its label (\(classCount)) make \(makes + classCount)")
        require(discriminator.layers.last!.outputs == 1, "\(name): the discriminator must output one logit")
        require(discriminatorSteps >= 1 && batchSize >= 1, "\(name): k and the batch size must be positive")
        self.generator = generator
        self.discriminator = discriminator
        self.classCount = classCount
        self.generatorOptimizer = generatorOptimizer
        self.discriminatorOptimizer = discriminatorOptimizer
        self.generatorCost = generatorCost
        self.discriminatorSteps = discriminatorSteps
        self.batchSize = batchSize
        self.data = data
    }

    /// The noise values per sample, each drawn from N(0, 1): the generator's inputs before the label.
    public var noiseSize: Int { generator.layers[0].inputs - classCount }

    /// Runs `steps` more steps and returns their records (also appended to `history`); `onProgress` is
    /// called every `progressEvery` steps and after the last. Throws `TrainingError.nonFinite` on a NaN or
    /// infinite loss, and `ConditioningError` when `data` returns labels that do not fit its samples.
    @discardableResult
    public func train(
        steps: Int, using rng: inout RNG, progressEvery: Int = 100, onProgress: ((TrainingProgress) -> Void)? = nil
    ) throws -> [TrainingStep] {
        defer {
            generator.setRequiresGrad(true)
            discriminator.setRequiresGrad(true)
        }
        try TrainingLoop.run(
            steps: steps, after: history.count, discriminatorSteps: discriminatorSteps,
            progressEvery: progressEvery, onProgress: onProgress,
            updateDiscriminator: { try updateDiscriminator(using: &rng) },
            updateGenerator: { try updateGenerator(using: &rng) },
            record: { history.append($0) })
        return Array(history.suffix(steps))
    }

    /// `count` rows of noise, N(0, 1).
    public func noise(_ count: Int, using rng: inout RNG) -> Tensor {
        Tensor.randomNormal(rows: count, cols: noiseSize, using: &rng)
    }

    /// `count` classes drawn uniformly from 0..<`classCount`.
    public func randomLabels(_ count: Int, using rng: inout RNG) -> [Int] {
        (0..<count).map { _ in Int(rng.next() % UInt64(classCount)) }
    }

    /// The generator's samples for the given noise rows and requested classes, one label per row.
    /// Throws `ConditioningError` for a wrong number of labels or a label that is not a class.
    public func generate(labels: [Int], noise: Tensor) throws -> Tensor {
        generator(try noise.conditioned(on: labels, classCount: classCount, what: "noise rows")).detached()
    }

    /// One generated sample for each requested class, from fresh noise.
    public func generate(labels: [Int], using rng: inout RNG) throws -> Tensor {
        try generate(labels: labels, noise: noise(labels.count, using: &rng))
    }

    /// D(x | y) for each row of `samples` with its label: the probability that the pair is real.
    public func discriminate(_ samples: Tensor, labels: [Int]) throws -> [Double] {
        let input = try samples.detached().conditioned(on: labels, classCount: classCount, what: "samples")
        return discriminator(input).data.map { Double(SigmoidFunction().value($0)) }
    }

    /// One discriminator update on a real and a generated minibatch, stacked into one pass as in `GANTrainer`.
    private func updateDiscriminator(using rng: inout RNG) throws -> TrainingLoop.DiscriminatorUpdate {
        generator.setRequiresGrad(false)
        discriminator.setRequiresGrad(true)
        let real = data(batchSize, &rng)
        let realPairs = try real.samples.conditioned(on: real.labels, classCount: classCount, what: "real samples")
        let fakePairs = try generatedPairs(using: &rng)
        let logits = discriminator(.stackingRows([realPairs, fakePairs]))
        let realLogits = logits.rows(in: 0..<realPairs.rows)
        let fakeLogits = logits.rows(in: realPairs.rows..<logits.rows)
        let loss = binaryCrossEntropy(logits: realLogits, label: 1) + binaryCrossEntropy(logits: fakeLogits, label: 0)
        discriminatorOptimizer.zeroGrad()
        loss.backward()
        discriminatorOptimizer.step()
        return .init(loss: loss, realLogits: realLogits, fakeLogits: fakeLogits)
    }

    /// One generator update on fresh noise and labels; returns its cost.
    private func updateGenerator(using rng: inout RNG) throws -> Double {
        generator.setRequiresGrad(true)
        discriminator.setRequiresGrad(false)
        let loss = generatorCost.loss(fakeLogits: discriminator(try generatedPairs(using: &rng)))
        generatorOptimizer.zeroGrad()
        loss.backward()
        generatorOptimizer.step()
        return Double(loss.scalar)
    }

    /// A minibatch of generated pairs [G(z, y) ; onehot(y)], with y drawn uniformly.
    private func generatedPairs(using rng: inout RNG) throws -> Tensor {
        let labels = randomLabels(batchSize, using: &rng)
        let z = noise(batchSize, using: &rng)
        let samples = generator(try z.conditioned(on: labels, classCount: classCount))
        return try samples.conditioned(on: labels, classCount: classCount)
    }
}
