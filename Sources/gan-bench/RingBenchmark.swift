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
        let start = Date()
        do {
            try trainer.train(steps: steps, using: &rng)
        } catch {
            FileHandle.standardError.write(Data("gan-bench: \(error)\n".utf8))
            exit(1)
        }
        let seconds = Date().timeIntervalSince(start)
        let samples = trainer.generate(2500, using: &rng)
        let coverage = ModeCoverage(samples: samples.points, mixture: ring)
        let fingerprint = Self.fingerprint(
            trainer.history.flatMap { [$0.discriminatorLoss.bitPattern, $0.generatorLoss.bitPattern] }
                + samples.data.map { UInt64($0.bitPattern) })
        let rate = (Double(steps) / seconds * 10).rounded() / 10
        let hq = (coverage.highQualityShare * 10000).rounded() / 10000
        print(#"{"impl":"swift","steps":\#(steps),"steps_per_s":\#(rate),"modes":\#(coverage.modesCaptured),"hq":\#(hq),"fingerprint":"\#(fingerprint)"}"#)
    }

    /// FNV-1a over the bits of every loss and sample: equal fingerprints mean bit-identical training.
    static func fingerprint(_ words: [UInt64]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for word in words {
            for shift in stride(from: 0, to: 64, by: 8) {
                hash = (hash ^ (word >> UInt64(shift) & 0xff)) &* 0x0000_0100_0000_01b3
            }
        }
        return String(hash, radix: 16)
    }
}
