import Synchronization
import XCTest
@testable import GANCore

final class ParallelLoopTests: XCTestCase {
    override class func setUp() {
        ComputeSettings(threads: 2, keepsFreedMemory: false).apply()
    }

    /// Runs a shared loop and counts how often each index ran.
    private static func counts(_ count: Int, inner: Bool = false) -> [Int] {
        let runs = Mutex([Int](repeating: 0, count: count))
        ParallelLoop.run(count: count, worthSharing: true) { index in
            if inner {
                // A loop inside a shared loop finds the helper taken and runs on its own thread.
                XCTAssertEqual(counts(3), [1, 1, 1])
            }
            runs.withLock { $0[index] += 1 }
        }
        return runs.withLock { $0 }
    }

    func testEveryIterationRunsExactlyOnce() {
        for count in [0, 1, 2, 7, 1000] {
            XCTAssertEqual(Self.counts(count), Array(repeating: 1, count: count), "\(count) iterations")
        }
        for _ in 0..<200 { XCTAssertEqual(Self.counts(5), [1, 1, 1, 1, 1]) }
    }

    func testNestedAndConcurrentLoopsEachRunEveryIteration() {
        XCTAssertEqual(Self.counts(4, inner: true), [1, 1, 1, 1])
        let results = Mutex([[Int]]())
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            let mine = Self.counts(300)
            results.withLock { $0.append(mine) }
        }
        XCTAssertEqual(results.withLock { $0 }, Array(repeating: Array(repeating: 1, count: 300), count: 4))
    }

    func testALoopMarkedToRunAloneStaysOnTheCallingThread() {
        let caller = Thread.current
        let elsewhere = Mutex(0)
        ParallelLoop.$runsAlone.withValue(true) {
            ParallelLoop.run(count: 2_000, worthSharing: true) { _ in
                if Thread.current != caller { elsewhere.withLock { $0 += 1 } }
                for _ in 0..<100 { _ = Thread.current }  // long enough that a free helper would take some
            }
        }
        XCTAssertEqual(elsewhere.withLock { $0 }, 0)
    }

    /// The caller claims iterations from the front and the helper from the back, so a loop cut in halves
    /// keeps each half on one thread: whoever ran what, the caller's iterations come before the helper's.
    func testTheCallerTakesTheFrontOfALoopAndTheHelperTheBack() {
        let caller = Thread.current
        let ranOnCaller = Mutex([Bool](repeating: false, count: 8))
        var helperRanSome = false
        for _ in 0..<20 {
            ParallelLoop.run(count: 8, worthSharing: true) { index in
                let here = Thread.current == caller
                ranOnCaller.withLock { $0[index] = here }
                usleep(500)  // long enough that the helper, woken or spinning, takes some
            }
            let owners = ranOnCaller.withLock { $0 }
            XCTAssertEqual(owners, owners.sorted { $0 && !$1 }, "the caller's iterations are a prefix: \(owners)")
            XCTAssertTrue(owners.first!, "the caller starts at the front: \(owners)")
            helperRanSome = helperRanSome || !owners.last!
        }
        XCTAssertTrue(helperRanSome, "in 20 loops of 4 ms the helper took part at least once")
    }

    func testTooManyIterationsToCountRunOnTheCallingThread() {
        XCTAssertEqual(Self.counts(HelperThread.maximumCount + 2).count { $0 == 1 }, HelperThread.maximumCount + 2)
    }
}
