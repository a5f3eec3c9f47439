import Foundation
import GANCore

/// The ring benchmark: a GAN learns 8 Gaussians on a circle, timed over a fixed number of steps.
struct RingBenchmark {
    let steps: Int
    let seed: UInt64

    func run() {
        var rng = RNG(seed: seed)
        let ring = GaussianMixture2D.ring(modes: 8, radius: 2, std: 0.05)
        let generator = MLP(sizes: [2, 128, 128, 2], activation: .relu, using: &rng)
        let discriminator = MLP(sizes: [2, 128, 128, 1], activation: .relu, using: &rng)
        let trainer = GANTrainer(
            generator: generator, discriminator: discriminator,
            generatorOptimizer: Adam(parameters: generator.parameters, learningRate: 1e-3, beta1: 0.5, beta2: 0.999),
            discriminatorOptimizer: Adam(parameters: discriminator.parameters, learningRate: 1e-3, beta1: 0.5, beta2: 0.999),
            generatorCost: .nonSaturating, discriminatorSteps: 1, batchSize: 256,
            data: { count, rng in Tensor(points: ring.sample(count, using: &rng)) })
        let rate = TrainingRun.stepsPerSecond(steps) { try trainer.train(steps: steps, using: &rng) }
        let samples = trainer.generate(2500, using: &rng)
        let coverage = ModeCoverage(samples: samples.points, mixture: ring)
        let fingerprint = TrainingRun.fingerprint(history: trainer.history, samples: samples)
        let hq = (coverage.highQualityShare * 10000).rounded() / 10000
        print(#"{"impl":"swift","steps":\#(steps),"steps_per_s":\#(rate),"modes":\#(coverage.modesCaptured),"hq":\#(hq),"fingerprint":"\#(fingerprint)"}"#)
    }
}
