import Foundation
import Synchronization

/// The mean and standard deviation of one metric over several seeds.
public struct MetricSummary: Sendable, Equatable {
    /// The mean over the seeds.
    public let mean: Double
    /// The sample standard deviation (divided by n - 1; 0 for a single seed).
    public let standardDeviation: Double
    /// The number of seeds.
    public let count: Int

    /// Summarises `values`, one per seed.
    public init(_ values: [Double]) {
        require(!values.isEmpty, "MetricSummary: needs at least one value")
        count = values.count
        let mean = values.reduce(0, +) / Double(count)
        let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        self.mean = mean
        standardDeviation = count > 1 ? (squares / Double(count - 1)).squareRoot() : 0
    }

    /// The standard error of the mean, sd / √n (what PacGAN's Table 1 reports after ±).
    public var standardError: Double { standardDeviation / Double(count).squareRoot() }

    /// "mean ± sd" with `digits` decimals, e.g. "6.3 ± 0.5".
    public func formatted(digits: Int = 1) -> String {
        String(format: "%.\(digits)f ± %.\(digits)f", mean, standardDeviation)
    }
}

/// Every seed of one `ToyGANSetup`, and the mean ± sd of each metric over them.
public struct MultiSeedResult: Sendable {
    /// The configuration that was trained.
    public let setup: ToyGANSetup
    /// One run per seed, in the order of the seeds.
    public let runs: [ToyGANRun]

    /// Modes captured (of the mixture's modes).
    public var modesCaptured: MetricSummary { MetricSummary(runs.map { Double($0.coverage.modesCaptured) }) }
    /// The share of high-quality samples, in [0, 1].
    public var highQualityShare: MetricSummary { MetricSummary(runs.map(\.coverage.highQualityShare)) }
    /// The reverse KL of the mode histogram to the uniform one, in nats.
    public var reverseKL: MetricSummary { MetricSummary(runs.map(\.coverage.reverseKL)) }
}

extension ToyGANSetup {
    /// Trains one run per seed and summarises them. With `concurrently`, independent seeds train on two
    /// threads at once (each run is deterministic, so the results are the same either way, bit for bit).
    public func run(seeds: [UInt64], concurrently: Bool = true) throws -> MultiSeedResult {
        try Self.run([self], seeds: seeds, concurrently: concurrently)[0]
    }

    /// Trains every setup on every seed and summarises each setup, in the order of `setups`. With
    /// `concurrently`, all the runs share one pool of two workers, so that no core idles while a setup
    /// with an odd number of seeds finishes its last run; each worker then keeps its products on its own
    /// thread, since the other core is busy with the other worker. The results are the same either way,
    /// bit for bit.
    public static func run(_ setups: [ToyGANSetup], seeds: [UInt64], concurrently: Bool = true) throws -> [MultiSeedResult] {
        require(!seeds.isEmpty, "ToyGANSetup.run(seeds:): needs at least one seed")
        let jobs = setups.indices.flatMap { setup in seeds.indices.map { (setup: setup, seed: $0) } }
        let outcomes = Mutex<[Result<ToyGANRun, any Error>?]>(Array(repeating: nil, count: jobs.count))
        let work: @Sendable (Int) -> Void = { index in
            let outcome = Result { try setups[jobs[index].setup].run(seed: seeds[jobs[index].seed]) }
            outcomes.withLock { $0[index] = outcome }
        }
        if concurrently && jobs.count > 1 {
            // Two workers claim runs in turn; more would only compete for the machine's two cores.
            let next = Atomic(0)
            DispatchQueue.concurrentPerform(iterations: 2) { _ in
                ParallelLoop.$runsAlone.withValue(true) {
                    while true {
                        let index = next.add(1, ordering: .relaxed).oldValue
                        guard index < jobs.count else { return }
                        work(index)
                    }
                }
            }
        } else {
            for index in jobs.indices { work(index) }
        }
        let runs = try outcomes.withLock { results in try results.map { try $0!.get() } }
        return setups.indices.map { setup in
            MultiSeedResult(setup: setups[setup], runs: Array(runs[setup * seeds.count..<(setup + 1) * seeds.count]))
        }
    }
}
