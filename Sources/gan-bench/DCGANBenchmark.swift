import Foundation
import GANCore

/// The DCGAN benchmark: `DCGAN`'s generator and discriminator (noise 32, width 32) on 16x16 grayscale
/// images, batch 64, Adam (2e-4, beta1 0.5), timed over a fixed number of steps. The real images are a
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
        let start = Date()
        do {
            try trainer.train(steps: steps, using: &rng)
        } catch {
            FileHandle.standardError.write(Data("gan-bench: \(error)\n".utf8))
            exit(1)
        }
        let seconds = Date().timeIntervalSince(start)
        let samples = trainer.generate(from: trainer.noise(64, using: &rng))
        let fingerprint = RingBenchmark.fingerprint(
            trainer.history.flatMap { [$0.discriminatorLoss.bitPattern, $0.generatorLoss.bitPattern] }
                + samples.data.map { UInt64($0.bitPattern) })
        let rate = (Double(steps) / seconds * 10).rounded() / 10
        print(#"{"impl":"swift","steps":\#(steps),"steps_per_s":\#(rate),"fingerprint":"\#(fingerprint)"}"#)
    }
}

/// The convolutions of the DCGAN benchmark alone, forward and backward at their training-step shapes, in
/// GFLOP/s (2 flops per multiply-add of the im2col products; gathering and scattering windows is counted
/// in the time but not in the flops).
struct ConvolutionBenchmark {
    let seconds: Double

    func run() {
        var rng = RNG(seed: 2)
        let (w, batch) = (DCGANBenchmark.width, DCGANBenchmark.batch)
        // (input, output channels, kernel, stride, padding, whether the input needs a gradient)
        let layers: [(ImageShape, Int, Int, Int, Int, Bool)] = [
            (ImageShape(height: 8, width: 8, channels: 2 * w), w, 3, 1, 1, true),
            (ImageShape(height: 16, width: 16, channels: w), 1, 3, 1, 1, true),
            (DCGANBenchmark.image, w, 4, 2, 1, false),
            (ImageShape(height: 8, width: 8, channels: w), 2 * w, 4, 2, 1, true),
        ]
        var flops = 0.0
        let convs = layers.map { input, outputs, kernel, stride, padding, inputGrad in
            let conv = Conv2D(input: input, outputChannels: outputs, kernel: kernel, stride: stride, padding: padding,
                              using: &rng)
            let x = Tensor.randomNormal(rows: batch, cols: input.count, using: &rng)
            x.requiresGrad = inputGrad
            let macs = Double(batch * conv.output.height * conv.output.width * kernel * kernel * input.channels * outputs)
            flops += 2 * macs * (inputGrad ? 3 : 2)
            return (conv, x)
        }
        var rounds = 0
        let start = Date()
        var elapsed = 0.0
        while elapsed < seconds {
            for (conv, x) in convs {
                x.zeroGrad()
                conv.weight.zeroGrad()
                conv.bias.zeroGrad()
                conv(x).sum().backward()
            }
            rounds += 1
            elapsed = Date().timeIntervalSince(start)
        }
        let gflops = flops * Double(rounds) / elapsed / 1e9
        print(#"{"impl":"swift","gflops":\#((gflops * 100).rounded() / 100),"flops_per_step":\#(Int(flops))}"#)
    }
}
