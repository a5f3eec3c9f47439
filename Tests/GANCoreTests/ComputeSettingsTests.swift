import Foundation
import Synchronization
import XCTest
@testable import GANCore

final class ComputeSettingsTests: XCTestCase {
    override func tearDown() {
        ComputeSettings(threads: 2, keepsFreedMemory: false).apply()
    }

    func testTrainingUsesTwoThreadsUnlessOneIsAskedForOrAvailable() {
        XCTAssertEqual(ComputeSettings.forTraining(environment: [:], processors: 2), .init(threads: 2, keepsFreedMemory: true))
        XCTAssertEqual(ComputeSettings.forTraining(environment: ["GANCORE_THREADS": "1"], processors: 8).threads, 1)
        XCTAssertEqual(ComputeSettings.forTraining(environment: [:], processors: 1).threads, 1)
    }

    /// Which threads ran the iterations of a shared loop of slow iterations.
    private func threadsRunning(_ count: Int) -> Set<pthread_t> {
        let seen = Mutex(Set<pthread_t>())
        ParallelLoop.run(count: count, worthSharing: true) { _ in
            usleep(500)
            seen.withLock { _ = $0.insert(pthread_self()) }
        }
        return seen.withLock { $0 }
    }

    func testOneThreadKeepsEveryIterationOnTheCallingThread() {
        ComputeSettings(threads: 1, keepsFreedMemory: false).apply()
        XCTAssertEqual(ComputeSettings.current.threads, 1)
        XCTAssertEqual(threadsRunning(64), [pthread_self()])
    }

    func testTwoThreadsShareTheLoopWithTheHelper() {
        ComputeSettings(threads: 2, keepsFreedMemory: false).apply()
        XCTAssertEqual(threadsRunning(64).count, 2)
    }

    func testKeptMemoryStaysKept() {
        ComputeSettings(threads: 1, keepsFreedMemory: true).apply()
        ComputeSettings(threads: 1, keepsFreedMemory: false).apply()
        XCTAssertTrue(ComputeSettings.current.keepsFreedMemory)
    }
}
