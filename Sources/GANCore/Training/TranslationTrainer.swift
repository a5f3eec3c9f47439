/// Trains an image-to-image translator as pix2pix does (Isola et al., 2017, arXiv:1611.07004, eq. 4): the
/// generator G minimises λ·L1(G(x), y) plus, when a discriminator is given, the non-saturating adversarial
/// cost -log D(x, G(x)) averaged over D's patches; D learns to tell (x, y) from (x, G(x)).
///
/// Each step draws one minibatch of pairs (x, y) and computes G(x) once. With a discriminator, D is then
/// updated on (x, y) labelled 1 and (x, G(x)) labelled 0 in two separate passes (batch normalisation never
/// mixes them), its loss halved as in pix2pix; then G is updated on the same G(x), judged by the updated
/// D, as the pix2pix code does. Without one, the step is plain regression by L1. Both use Adam with
/// pix2pix's settings (learning rate 2e-4, beta1 0.5) unless other optimisers are given.
public final class TranslationTrainer {
    /// Maps input images to output images.
    public let generator: UNet
    /// Judges (input, output) pairs, or nil for L1 alone.
    public let discriminator: PatchDiscriminator?
    /// λ, the weight of the L1 term against the adversarial one (pix2pix uses 100).
    public let l1Weight: Float
    /// The pairs in each minibatch.
    public let batchSize: Int
    /// Updates the generator.
    public let generatorOptimizer: any Optimizer
    /// Updates the discriminator (unused without one).
    public let discriminatorOptimizer: (any Optimizer)?
    /// Draws a minibatch: `count` inputs and their targets, one image per row.
    public let data: (_ count: Int, _ rng: inout RNG) -> (inputs: Tensor, targets: Tensor)
    /// Every step so far, in order.
    public private(set) var history: [TranslationStep] = []

    /// A trainer; the discriminator, if any, must judge pairs of the generator's input and output shapes.
    public init(
        generator: UNet, discriminator: PatchDiscriminator? = nil, l1Weight: Float = 100, batchSize: Int = 64,
        generatorOptimizer: (any Optimizer)? = nil, discriminatorOptimizer: (any Optimizer)? = nil,
        data: @escaping (_ count: Int, _ rng: inout RNG) -> (inputs: Tensor, targets: Tensor)
    ) {
        require(batchSize > 0 && l1Weight >= 0, "TranslationTrainer: needs a positive batch size and λ >= 0")
        let problem = Self.pairingProblem(generator: generator, discriminator: discriminator)
        require(problem == nil, problem!)
        self.generator = generator
        self.discriminator = discriminator
        self.l1Weight = l1Weight
        self.batchSize = batchSize
        self.generatorOptimizer = generatorOptimizer
            ?? Adam(parameters: generator.parameters, learningRate: 2e-4, beta1: 0.5)
        self.discriminatorOptimizer = discriminator.map {
            discriminatorOptimizer ?? Adam(parameters: $0.parameters, learningRate: 2e-4, beta1: 0.5)
        }
        self.data = data
    }

    /// Why `discriminator` cannot judge `generator`'s pairs, or nil when it can: the message `init` stops with.
    static func pairingProblem(generator: UNet, discriminator: PatchDiscriminator?) -> String? {
        guard let d = discriminator, d.condition != generator.input || d.image != generator.output else { return nil }
        return "TranslationTrainer: the discriminator judges \(d.condition) -> \(d.image) pairs, "
            + "the generator makes \(generator.input) -> \(generator.output)"
    }

    /// Runs `steps` more steps and returns their records (also appended to `history`); `onProgress` is
    /// called every `progressEvery` steps and after the last with the steps done and to do in this call.
    /// Throws `TrainingError.nonFinite` on a NaN or infinite loss.
    @discardableResult
    public func train(
        steps: Int, using rng: inout RNG, progressEvery: Int = 100,
        onProgress: ((_ completed: Int, _ total: Int) -> Void)? = nil
    ) throws -> [TranslationStep] {
        generator.setTraining(true)
        discriminator?.setTraining(true)
        defer {
            generator.setRequiresGrad(true)
            discriminator?.setRequiresGrad(true)
        }
        let first = history.count + 1
        for step in first..<first + steps {
            let record = self.step(step, using: &rng)
            for (value, what) in [(record.l1, "L1 loss"), (record.adversarial ?? 0, "generator loss"),
                                  (record.discriminatorLoss ?? 0, "discriminator loss")] where !value.isFinite {
                throw TrainingError.nonFinite(step: step, what: what)
            }
            history.append(record)
            let completed = step - first + 1
            if completed % max(progressEvery, 1) == 0 || completed == steps { onProgress?(completed, steps) }
        }
        return Array(history.suffix(steps))
    }

    /// One update of D (if any), then of G, on one minibatch.
    private func step(_ number: Int, using rng: inout RNG) -> TranslationStep {
        let (x, y) = data(batchSize, &rng)
        generator.setRequiresGrad(true)
        let fake = generator(x)
        var discriminatorLoss: Double?
        if let d = discriminator, let optimizer = discriminatorOptimizer {
            d.setRequiresGrad(true)
            let realLogits = d(condition: x, image: y)
            let fakeLogits = d(condition: x, image: fake.detached())
            let loss = (binaryCrossEntropy(logits: realLogits, label: 1)
                + binaryCrossEntropy(logits: fakeLogits, label: 0)) * 0.5
            optimizer.zeroGrad()
            loss.backward()
            optimizer.step()
            discriminatorLoss = Double(loss.scalar)
            d.setRequiresGrad(false)
        }
        let l1 = meanAbsoluteError(fake, y)
        var loss = l1 * l1Weight
        var adversarial: Double?
        if let d = discriminator {
            let cost = GeneratorCost.nonSaturating.loss(fakeLogits: d(condition: x, image: fake))
            adversarial = Double(cost.scalar)
            loss = loss + cost
        }
        generatorOptimizer.zeroGrad()
        loss.backward()
        generatorOptimizer.step()
        return TranslationStep(step: number, l1: Double(l1.scalar), adversarial: adversarial,
                               discriminatorLoss: discriminatorLoss)
    }

    /// The generator's translations of `inputs`, with batch normalisation in inference mode (its running
    /// averages), so each output depends on its own input only. No graph is built for a backward pass.
    public func translate(_ inputs: Tensor) -> Tensor {
        generator.setTraining(false)
        generator.setRequiresGrad(false)
        defer {
            generator.setTraining(true)
            generator.setRequiresGrad(true)
        }
        return generator(inputs.detached()).detached()
    }
}

/// What one step of a `TranslationTrainer` measured.
public struct TranslationStep: Sendable, Equatable {
    /// The step number, counted from 1 over the trainer's whole life.
    public let step: Int
    /// The mean absolute error of G's outputs on the step's minibatch, in the data's units (before λ).
    public let l1: Double
    /// G's adversarial cost, -log D(x, G(x)) averaged over patches; nil without a discriminator.
    public let adversarial: Double?
    /// D's loss, half the binary cross-entropy on real plus generated pairs; nil without a discriminator.
    public let discriminatorLoss: Double?
}
