import Foundation
import Synchronization

/// Shares the iterations of a loop between the calling thread and one helper thread.
///
/// Iterations are handed out one at a time, the caller taking them from the front and the helper from the
/// back, so the caller never waits for a helper that is asleep or busy elsewhere (it simply runs more of
/// them itself), and a loop cut in two halves runs its first half on the caller and its second on the helper
/// whenever the helper is free, the same way loop after loop. Each iteration must write
/// its own part of the output, computed the same way whoever runs it, so results never depend on the
/// threads. Loops are shared only after ``ComputeSettings`` with two threads have been applied.
enum ParallelLoop {
    /// True on a thread that should keep its loops to itself: a worker of a pool that already keeps both
    /// cores busy, for which the helper thread would only compete.
    @TaskLocal static var runsAlone = false

    /// Calls `body(i)` for every i in 0..<count, on two threads when `worthSharing` and one is free.
    static func run(count: Int, worthSharing: Bool, _ body: (Int) -> Void) {
        guard worthSharing, count > 1, !runsAlone, count <= HelperThread.maximumCount,
              HelperThread.isSharing.load(ordering: .acquiring), HelperThread.shared.reserve() else {
            for index in 0..<count { body(index) }
            return
        }
        withoutActuallyEscaping(body) { body in
            HelperThread.shared.share(count: count, LoopBody(run: body))
        }
    }
}

/// The body of a shared loop. It is called from two threads, and that is safe because every iteration
/// writes only its own part of the output; `withoutActuallyEscaping` checks that no copy outlives the loop.
struct LoopBody: @unchecked Sendable {
    let run: (Int) -> Void
}

/// The one helper thread: it waits for a loop to be shared, claims iterations until none are left,
/// then spins for a short while for the next loop (training calls products back to back) before sleeping.
///
/// The loop being shared is one 64-bit word: its generation (which loop), its iteration count and the next
/// unclaimed iteration. A thread claims an iteration by a compare-and-swap on that word, which fails if
/// another loop has started meanwhile, so a late helper never runs a finished loop's body.
final class HelperThread: @unchecked Sendable {
    /// The helper, started on first use (which ``ComputeSettings/apply()`` makes).
    static let shared: HelperThread = {
        let helper = HelperThread()
        Thread { helper.work() }.start()
        return helper
    }()

    /// Whether loops are shared with the helper: set by ``ComputeSettings/apply()``.
    static let isSharing = Atomic(false)

    /// The most iterations a shared loop may have (they are counted in 16 bits of the loop word).
    static let maximumCount = 0xFFFF

    /// Generation (high 32 bits), the end of the unclaimed iterations (next 16) and the first of them (low 16):
    /// the caller claims from the front, the helper from the back.
    private let loop = Atomic<UInt64>(0)
    /// The current loop's body: written by the caller before it publishes the loop, read by a thread only
    /// after it has claimed an iteration, and cleared only when every claimed iteration has finished.
    private var body: LoopBody?
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
        self.body = body
        let generation = (loop.load(ordering: .relaxed) >> 32) &+ 1
        loop.store(generation << 32 | UInt64(count) << 16, ordering: .releasing)
        if sleeping.exchange(false, ordering: .sequentiallyConsistent) { wakeUp.signal() }
        while runOne(of: generation, fromBack: false) { finished.add(1, ordering: .releasing) }
        // The helper is finishing its last iteration: spin briefly, then let other threads run.
        var waits = 0
        while finished.load(ordering: .acquiring) < count {
            waits += 1
            if waits > 2_000 { sched_yield() }
        }
        self.body = nil
        inUse.store(false, ordering: .releasing)
    }

    /// Claims the first (or, `fromBack`, the last) unclaimed iteration of loop `generation` and runs it;
    /// false when there is none left. The body is released on return, before the caller counts the
    /// iteration as finished.
    private func runOne(of generation: UInt64, fromBack: Bool) -> Bool {
        var word = loop.load(ordering: .acquiring)
        while true {
            let (current, end, next) = (word >> 32, word >> 16 & 0xFFFF, word & 0xFFFF)
            guard current == generation, next < end else { return false }
            let (exchanged, original) = loop.compareExchange(
                expected: word, desired: fromBack ? word - (1 << 16) : word + 1, ordering: .acquiringAndReleasing)
            if exchanged {
                body!.run(Int(fromBack ? end - 1 : next))
                return true
            }
            word = original
        }
    }

    /// The helper's life: wait for a loop, help with it, repeat.
    private func work() {
        var seen: UInt64 = 0
        while true {
            seen = waitForLoop(after: seen)
            while runOne(of: seen, fromBack: true) { finished.add(1, ordering: .releasing) }
        }
    }

    /// The generation of the latest loop.
    private var published: UInt64 { loop.load(ordering: .acquiring) >> 32 }

    /// Spins, then sleeps, until a loop newer than `seen` is published; returns its generation.
    private func waitForLoop(after seen: UInt64) -> UInt64 {
        let deadline = DispatchTime.now().uptimeNanoseconds + spinNanoseconds
        while DispatchTime.now().uptimeNanoseconds < deadline {
            if published != seen { return published }
        }
        while true {
            sleeping.store(true, ordering: .sequentiallyConsistent)
            let latest = loop.load(ordering: .sequentiallyConsistent) >> 32
            if latest != seen {
                // A loop arrived while going to sleep: take it, unless its caller already sent a signal.
                if !sleeping.exchange(false, ordering: .sequentiallyConsistent) { wakeUp.wait() }
                return latest
            }
            wakeUp.wait()
            if published != seen { return published }
        }
    }
}
