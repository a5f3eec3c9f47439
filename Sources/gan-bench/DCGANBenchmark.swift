import Foundation
import GANCore

/// The DCGAN benchmark: `DCGAN`'s generator and discriminator (noise 32, width 32: G 32 -> 4x4x64 -> 8x8x32
/// -> 16x16x1, D 16x16x1 -> 8x8x32 -> 4x4x64 -> 1) on 16x16 grayscale images, batch 64, Adam (2e-4,
/// beta1 0.5), timed over a fixed number of steps (each one discriminator and one generator update). The real images are a
/// fixed pool of 1024 random images in [-1, 1], taken 64 at a time in turn, as in `Benchmarks/conv`.
struct DCGANBenchmark {
    static let image = ImageShape(height: 16, width: 16, channels: 1)
    static let (noise, width, batch, pool) = (32, 32, 64, 1024)
    let steps: Int
    let seed: UInt64

    func run() {
        var rng = RNG(seed: seed)
        let generator = DCGAN.generator(noise: Self.noise, image: Self.image, width: Self.width, using: &rng)
        let discriminator = DCGAN.discriminator(image: Self.image, width: Self.width, using: &rng)
        let images = Tensor(rows: Self.pool, cols: Self.image.count,
                            data: (0..<Self.pool * Self.image.count).map { _ in Float(rng.uniform(-1, 1)) })
        var next = 0
        let trainer = SequentialGANTrainer(
            generator: generator, discriminator: discriminator, noiseSize: Self.noise, batchSize: Self.batch
        ) { count, _ in
            defer { next = (next + count) % Self.pool }
            return images.rows(in: next..<next + count)
        }
        let rate = TrainingRun.stepsPerSecond(steps) { try trainer.train(steps: steps, using: &rng) }
        let samples = trainer.generate(from: trainer.noise(64, using: &rng))
        let fingerprint = TrainingRun.fingerprint(history: trainer.history, samples: samples)
        print(#"{"impl":"swift","steps":\#(steps),"steps_per_s":\#(rate),"fingerprint":"\#(fingerprint)"}"#)
    }
}

/// The convolution layers of the DCGAN benchmark alone, forward and backward at their training-step shapes
/// (batch 64), in GFLOP/s: 2 flops per multiply-add of their products (forward, weight gradient and, except
/// for the discriminator's first layer, input gradient). Gathering and scattering windows is in the time,
/// not in the flops.
struct ConvolutionBenchmark {
    let seconds: Double

    func run() {
        var rng = RNG(seed: 2)
        let (w, batch) = (DCGANBenchmark.width, DCGANBenchmark.batch)
        let base = ImageShape(height: 4, width: 4, channels: 2 * w)
        let grow1 = ConvTranspose2D(input: base, outputChannels: w, kernel: 4, stride: 2, padding: 1, using: &rng)
        let grow2 = ConvTranspose2D(input: grow1.output, outputChannels: 1, kernel: 4, stride: 2, padding: 1, using: &rng)
        let down1 = Conv2D(input: DCGANBenchmark.image, outputChannels: w, kernel: 4, stride: 2, padding: 1, using: &rng)
        let down2 = Conv2D(input: down1.output, outputChannels: 2 * w, kernel: 4, stride: 2, padding: 1, using: &rng)
        // (layer, its input shape, multiply-adds of one product, whether the input needs a gradient)
        let layers: [(any Layer, ImageShape, Int, Bool)] = [
            (grow1, grow1.input, batch * base.height * base.width * base.channels * 16 * w, true),
            (grow2, grow2.input, batch * 8 * 8 * w * 16, true),
            (down1, down1.input, batch * 8 * 8 * 16 * w, false),
            (down2, down2.input, batch * 4 * 4 * 16 * w * 2 * w, true),
        ]
        var flops = 0.0
        let inputs = layers.map { _, shape, macs, inputGrad in
            flops += 2 * Double(macs) * (inputGrad ? 3 : 2)
            let x = Tensor.randomNormal(rows: batch, cols: shape.count, using: &rng)
            x.requiresGrad = inputGrad
            return x
        }
        var rounds = 0
        let start = Date()
        var elapsed = 0.0
        while elapsed < seconds {
            for ((layer, _, _, _), x) in zip(layers, inputs) {
                x.zeroGrad()
                for p in layer.parameters { p.zeroGrad() }
                layer(x).sum().backward()
            }
            rounds += 1
            elapsed = Date().timeIntervalSince(start)
        }
        let gflops = flops * Double(rounds) / elapsed / 1e9
        print(#"{"impl":"swift","gflops":\#((gflops * 100).rounded() / 100),"flops_per_round":\#(Int(flops))}"#)
    }
}
