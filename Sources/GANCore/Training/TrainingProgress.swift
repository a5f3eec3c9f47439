/// What the progress hook of `GANTrainer.train` receives.
public struct TrainingProgress: Sendable, Equatable, CustomStringConvertible {
    /// Steps finished in this call of `train`.
    public let completed: Int
    /// Steps this call of `train` will run.
    public let total: Int
    /// The latest step's measurements.
    public let latest: TrainingStep

    /// A line such as "100/3000 step 100: D loss 1.2034, G loss 0.7211, D(x) 0.52, D(G(z)) 0.47".
    public var description: String { "\(completed)/\(total) \(latest)" }
}
