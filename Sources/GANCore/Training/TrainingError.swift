import Foundation

/// Why training stopped early.
public enum TrainingError: Error, Equatable, CustomStringConvertible, LocalizedError {
    /// A loss became NaN or infinite at the given step (counted from 1).
    case nonFinite(step: Int, what: String)

    /// A sentence naming the step and what went wrong, with the usual remedy.
    public var description: String {
        switch self {
        case .nonFinite(let step, let what):
            "training diverged at step \(step): the \(what) is not finite (NaN or infinity); "
                + "try a smaller learning rate or a different generator cost"
        }
    }

    /// The same text as `description`, for `localizedDescription`.
    public var errorDescription: String? { description }
}
