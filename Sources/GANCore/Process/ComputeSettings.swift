import Foundation
import Synchronization

/// How GANCore uses the process it runs in: how many threads share large loops, and whether the C
/// allocator keeps freed buffers for reuse.
///
/// Nothing changes until a program calls ``apply()``: a library that only creates tensors runs every loop
/// on the calling thread and leaves the allocator as it is. Programs that train (lesson programs, through
/// LessonRuntime, and `gan-bench`) apply ``forTraining(environment:)`` once at start. Results are
/// bit-identical under every setting: each shared iteration writes its own part of the output, computed
/// the same way whichever thread runs it.
public struct ComputeSettings: Sendable, Equatable {
    /// Threads that share a large loop: 1 (the calling thread only) or 2 (it and one helper thread).
    public var threads: Int
    /// Whether glibc keeps large freed buffers in the heap instead of handing them back to the kernel.
    /// Once kept, memory stays kept for the life of the process.
    public var keepsFreedMemory: Bool

    /// Settings with the given thread count (1 or 2) and allocator behaviour.
    public init(threads: Int, keepsFreedMemory: Bool) {
        require(threads == 1 || threads == 2, "ComputeSettings: threads must be 1 or 2, not \(threads)")
        self.threads = threads
        self.keepsFreedMemory = keepsFreedMemory
    }

    /// What a process starts with: one thread and the C library's own allocation thresholds.
    public static let untouched = ComputeSettings(threads: 1, keepsFreedMemory: false)

    /// The settings for training: two threads on a machine with more than one processor, unless
    /// `GANCORE_THREADS=1` asks for one, and freed memory kept for reuse.
    public static func forTraining(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        processors: Int = ProcessInfo.processInfo.activeProcessorCount
    ) -> ComputeSettings {
        let wanted = environment["GANCORE_THREADS"].flatMap(Int.init) ?? 2
        return ComputeSettings(threads: wanted > 1 && processors > 1 ? 2 : 1, keepsFreedMemory: true)
    }

    /// The settings in effect in this process.
    public static var current: ComputeSettings { state.withLock { $0 } }

    private static let state = Mutex(ComputeSettings.untouched)

    /// Puts these settings into effect for the whole process. The helper thread is started the first
    /// time two threads are asked for; with one thread it stays idle.
    public func apply() {
        Self.state.withLock { current in
            if keepsFreedMemory && !current.keepsFreedMemory { AllocationTuning.keepFreedMemory() }
            if threads > 1 { _ = HelperThread.shared }
            HelperThread.isSharing.store(threads > 1, ordering: .releasing)
            current = ComputeSettings(threads: threads, keepsFreedMemory: keepsFreedMemory || current.keepsFreedMemory)
        }
    }
}
