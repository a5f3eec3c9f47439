import Foundation
import GANCore

/// What the training benchmarks share: timing a training run and fingerprinting its result.
enum TrainingRun {
    /// Runs `train` (which makes `steps` steps) and returns its rate in steps per second, rounded to a
    /// tenth; a training error ends the program with its message.
    static func stepsPerSecond(_ steps: Int, _ train: () throws -> Void) -> Double {
        let start = Date()
        do {
            try train()
        } catch {
            FileHandle.standardError.write(Data("gan-bench: \(error)\n".utf8))
            exit(1)
        }
        let seconds = Date().timeIntervalSince(start)
        return (Double(steps) / seconds * 10).rounded() / 10
    }

    /// FNV-1a over the bits of every loss in `history` and every value of `samples`: equal fingerprints
    /// mean bit-identical training.
    static func fingerprint(history: [TrainingStep], samples: Tensor) -> String {
        let words = history.flatMap { [$0.discriminatorLoss.bitPattern, $0.generatorLoss.bitPattern] }
            + samples.data.map { UInt64($0.bitPattern) }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for word in words {
            for shift in stride(from: 0, to: 64, by: 8) {
                hash = (hash ^ (word >> UInt64(shift) & 0xff)) &* 0x0000_0100_0000_01b3
            }
        }
        return String(hash, radix: 16)
    }
}
