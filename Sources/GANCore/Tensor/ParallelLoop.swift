import Foundation
import Synchronization

/// Shares the iterations of a loop between the calling thread and one helper thread.
///
/// Iterations are handed out one at a time to whichever thread asks first, so the caller never waits for
/// a helper that is asleep or busy elsewhere: it simply runs more of them itself. Each iteration must write
/// its own part of the output, computed the same way whoever runs it, so results never depend on the
/// threads. Set `GANCORE_THREADS=1` to keep everything on the calling thread.
enum ParallelLoop {
    /// Calls `body(i)` for every i in 0..<count, on two threads when `worthSharing` and one is free.
    static func run(count: Int, worthSharing: Bool, _ body: (Int) -> Void) {
        guard worthSharing, count > 1, let helper = HelperThread.shared, helper.reserve() else {
            for index in 0..<count { body(index) }
            return
        }
        withoutActuallyEscaping(body) { body in
            helper.share(count: count, LoopBody(run: body))
        }
    }
}

/// The body of a shared loop. It is called from two threads, and that is safe because every iteration
/// writes only its own part of the output; `withoutActuallyEscaping` checks that no copy outlives the loop.
private struct LoopBody: @unchecked Sendable {
    let run: (Int) -> Void
}

/// The one helper thread: it waits for a loop to be shared, claims iterations until none are left,
/// then spins for a short while for the next loop (training calls products back to back) before sleeping.
private final class HelperThread: Sendable {
    /// The helper, or nil on a single processor or with `GANCORE_THREADS=1`.
    static let shared: HelperThread? = {
        let wanted = ProcessInfo.processInfo.environment["GANCORE_THREADS"].flatMap(Int.init)
        guard (wanted ?? 2) > 1, ProcessInfo.processInfo.activeProcessorCount > 1 else { return nil }
        let helper = HelperThread()
        Thread { helper.work() }.start()
        return helper
    }()

    /// The loop being shared.
    private struct SharedLoop {
        var generation = 0
        var body: LoopBody?
        var count = 0
        var next = 0
    }

    private let loop = Mutex(SharedLoop())
    /// The generation of the latest loop, which the helper watches without taking the lock.
    private let published = Atomic(0)
    /// Iterations of the current loop that have finished.
    private let finished = Atomic(0)
    /// Whether a caller is sharing a loop now (a second caller runs its loop alone).
    private let inUse = Atomic(false)
    /// Whether the helper has gone to sleep and needs a signal.
    private let sleeping = Atomic(false)
    private let wakeUp = DispatchSemaphore(value: 0)
    /// How long the helper spins for the next loop before it sleeps.
    private let spinNanoseconds: UInt64 = 200_000

    /// Takes the helper for one loop; false if another thread is using it.
    func reserve() -> Bool {
        inUse.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged
    }

    /// Runs a loop on the calling thread and the helper, and returns when every iteration has finished.
    func share(count: Int, _ body: LoopBody) {
        finished.store(0, ordering: .relaxed)
        let generation = loop.withLock { loop in
            loop = SharedLoop(generation: loop.generation + 1, body: body, count: count, next: 0)
            return loop.generation
        }
        published.store(generation, ordering: .releasing)
        if sleeping.exchange(false, ordering: .sequentiallyConsistent) { wakeUp.signal() }
        while runOne(of: generation) { finished.add(1, ordering: .releasing) }
        // The helper is finishing its last iteration: spin briefly, then let other threads run.
        var waits = 0
        while finished.load(ordering: .acquiring) < count {
            waits += 1
            if waits > 2_000 { sched_yield() }
        }
        loop.withLock { $0.body = nil }
        inUse.store(false, ordering: .releasing)
    }

    /// Claims the next iteration of loop `generation` and runs it; false when there is none left.
    /// The claimed body is released on return, before the caller counts the iteration as finished.
    private func runOne(of generation: Int) -> Bool {
        let claimed: (Int, LoopBody)? = loop.withLock { loop in
            guard loop.generation == generation, loop.next < loop.count, let body = loop.body else { return nil }
            loop.next += 1
            return (loop.next - 1, body)
        }
        guard let (index, body) = claimed else { return false }
        body.run(index)
        return true
    }

    /// The helper's life: wait for a loop, help with it, repeat.
    private func work() {
        var seen = 0
        while true {
            seen = waitForLoop(after: seen)
            while runOne(of: seen) { finished.add(1, ordering: .releasing) }
        }
    }

    /// Spins, then sleeps, until a loop newer than `seen` is published; returns its generation.
    private func waitForLoop(after seen: Int) -> Int {
        let deadline = DispatchTime.now().uptimeNanoseconds + spinNanoseconds
        while DispatchTime.now().uptimeNanoseconds < deadline {
            let latest = published.load(ordering: .acquiring)
            if latest != seen { return latest }
        }
        while true {
            sleeping.store(true, ordering: .sequentiallyConsistent)
            let latest = published.load(ordering: .sequentiallyConsistent)
            if latest != seen {
                // A loop arrived while going to sleep: take it, unless its caller already sent a signal.
                if !sleeping.exchange(false, ordering: .sequentiallyConsistent) { wakeUp.wait() }
                return latest
            }
            wakeUp.wait()
            let woken = published.load(ordering: .acquiring)
            if woken != seen { return woken }
        }
    }
}
