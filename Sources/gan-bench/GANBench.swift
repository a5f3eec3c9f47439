import Foundation
import GANCore

/// `gan-bench ring|dcgan|conv|matmul [options]`: prints one JSON line of measurements.
@main
struct GANBench {
    static let usage = "usage: gan-bench ring|dcgan [--steps N] [--seed S] | gan-bench conv [--seconds S] | "
        + "gan-bench matmul [--size N] [--seconds S]"

    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        guard let command = arguments.first else { fail() }
        arguments.removeFirst()
        guard let options = parseOptions(arguments) else { fail() }
        ComputeSettings.forTraining().apply()
        switch command {
        case "ring":
            let steps = options["steps"] ?? 3000
            guard options.keys.allSatisfy(["steps", "seed"].contains), steps > 0 else { fail() }
            RingBenchmark(steps: steps, seed: UInt64(options["seed"] ?? 0)).run()
        case "dcgan":
            let steps = options["steps"] ?? 300
            guard options.keys.allSatisfy(["steps", "seed"].contains), steps > 0 else { fail() }
            DCGANBenchmark(steps: steps, seed: UInt64(options["seed"] ?? 0)).run()
        case "conv":
            guard options.keys.allSatisfy(["seconds"].contains) else { fail() }
            ConvolutionBenchmark(seconds: Double(options["seconds"] ?? 2)).run()
        case "matmul":
            let size = options["size"] ?? 256
            guard options.keys.allSatisfy(["size", "seconds"].contains), size > 0 else { fail() }
            MatmulBenchmark(size: size, seconds: Double(options["seconds"] ?? 2)).run()
        default:
            fail()
        }
    }

    /// `--name value` pairs with non-negative integer values, or nil when malformed.
    static func parseOptions(_ arguments: [String]) -> [String: Int]? {
        guard arguments.count % 2 == 0 else { return nil }
        var options: [String: Int] = [:]
        for index in stride(from: 0, to: arguments.count, by: 2) {
            let name = arguments[index]
            guard name.hasPrefix("--"), let value = Int(arguments[index + 1]), value >= 0 else { return nil }
            options[String(name.dropFirst(2))] = value
        }
        return options
    }

    static func fail() -> Never {
        FileHandle.standardError.write(Data((usage + "\n").utf8))
        exit(2)
    }
}
